import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, walkPostings, wholeHistory, type RpcStatus } from './test-helpers'

const path = '/v1/analytics/data'

interface Page {
  result: { data: Array<{ dimensions: Array<{ id: string; name: string }>; metrics: number[] }>; totals: number[] }
  timestamp: string
}
interface Posting {
  in_process_at?: string
  created_at?: string
  products: Array<{ sku: number; quantity: number; price: { amount: string } }>
}

const clock = manualClock()
let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 200, postings: 600, now: clock.now })
})
afterAll(() => oz.close())

const moscowDay = (instant: string) => new Date(Date.parse(instant) + 3 * 3_600_000).toISOString().slice(0, 10)
const today = () => moscowDay(new Date(clock.now()).toISOString())
const daysBefore = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
const query = (extra: Record<string, unknown> = {}) => ({
  date_from: daysBefore(89),
  date_to: today(),
  dimension: ['sku', 'day'],
  metrics: ['revenue', 'ordered_units'],
  limit: 1000,
  offset: 0,
  ...extra
})

describe('sandbox analytics data', () => {
  it('adds up the ordered amount and units of the postings per SKU and Moscow day', async () => {
    const postings = [
      ...(await walkPostings<Posting>(oz, '/v4/posting/fbs/list', { filter: wholeHistory(clock.now()), limit: 100 })),
      ...(await walkPostings<Posting>(oz, '/v3/posting/fbo/list', { filter: wholeHistory(clock.now()), limit: 100 }))
    ].flatMap((page) => page.postings)
    const expected = new Map<string, { kopecks: number; units: number }>()
    for (const posting of postings) {
      const day = moscowDay(posting.created_at ?? posting.in_process_at!)
      if (day < daysBefore(89)) continue
      for (const line of posting.products) {
        const key = `${line.sku}|${day}`
        const sum = expected.get(key) ?? { kopecks: 0, units: 0 }
        sum.kopecks += Math.round(Number(line.price.amount) * 100) * line.quantity
        sum.units += line.quantity
        expected.set(key, sum)
      }
    }
    const rows: Page['result']['data'] = []
    for (let offset = 0; ; offset += 100) {
      const page = await ozonJson<Page>(oz, path, query({ limit: 100, offset }))
      rows.push(...page.result.data)
      if (page.result.data.length < 100) break
    }
    const got = new Map(rows.map((row) => [row.dimensions.map((d) => d.id).join('|'), { kopecks: Math.round(row.metrics[0]! * 100), units: row.metrics[1]! }]))
    expect(got).toEqual(expected)
    const whole = await ozonJson<Page>(oz, path, query())
    expect(whole.result.totals[1]).toBe([...expected.values()].reduce((sum, e) => sum + e.units, 0))
    expect(whole.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  it('refuses Premium metrics, dimensions and data older than three months with 403 {code: 7}', async () => {
    for (const extra of [
      { metrics: ['revenue', 'returns'] },
      { metrics: ['cancellations'] },
      { dimension: ['brand'] },
      { date_from: daysBefore(100) }
    ]) {
      expect(await ozonJson<RpcStatus>(oz, path, query(extra), 403)).toMatchObject({ code: 7, details: [] })
    }
  })

  it('refuses a malformed request with 400 {code: 3}', async () => {
    for (const extra of [
      { limit: 0 },
      { limit: 1001 },
      { metrics: [] },
      { metrics: ['revenue', 'clicks'] },
      { date_from: '01.03.2026' },
      { date_to: daysBefore(95) },
      { metrics: Array<string>(15).fill('revenue') }
    ]) {
      expect(await ozonJson<RpcStatus>(oz, path, query(extra), 400)).toMatchObject({ code: 3, details: [] })
    }
  })
})
