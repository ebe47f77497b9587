import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, utcDateTime, walkPostings, wholeHistory, type RpcStatus } from './test-helpers'

const DAY = 86_400_000
const path = '/v1/returns/list'

interface Return {
  id: number
  type: string
  schema: string
  posting_number: string
  product: { sku: number; offer_id: string; quantity: number }
  logistic: { return_date: string }
  visual: { status: { sys_name: string }; change_moment: string }
}
interface Page {
  returns: Return[]
  has_next: boolean
}
interface Posting {
  posting_number: string
  status: string
  products: Array<{ sku: number; quantity: number }>
}
interface Operation {
  operation_type: string
  posting: { posting_number: string }
  items: Array<{ sku: number }>
}

const clock = manualClock()
let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 200, postings: 1500, now: clock.now })
})
afterAll(() => oz.close())

async function walkReturns(limit: number, filter: Record<string, unknown> = {}): Promise<Page[]> {
  const pages: Page[] = []
  let lastId = 0
  for (;;) {
    const page = await ozonJson<Page>(oz, path, { filter, limit, last_id: lastId })
    pages.push(page)
    if (!page.has_next) return pages
    lastId = page.returns.at(-1)!.id
  }
}

describe('sandbox returns list', () => {
  it('lists returns of delivered postings (ClientReturn) and of cancelled ones (Cancellation), naming a SKU of the posting', async () => {
    const postings = new Map(
      [
        ...(await walkPostings<Posting>(oz, '/v4/posting/fbs/list', { filter: wholeHistory(clock.now()), limit: 100 })),
        ...(await walkPostings<Posting>(oz, '/v3/posting/fbo/list', { filter: wholeHistory(clock.now()), limit: 100 }))
      ].flatMap((page) => page.postings).map((p) => [p.posting_number, p])
    )
    const returns = (await walkReturns(500)).flatMap((page) => page.returns)
    expect(returns.some((r) => r.type === 'ClientReturn')).toBe(true)
    expect(returns.some((r) => r.type === 'Cancellation')).toBe(true)
    for (const r of returns) {
      const posting = postings.get(r.posting_number)!
      expect(posting.status).toBe(r.type === 'ClientReturn' ? 'delivered' : 'cancelled')
      expect(posting.products.find((p) => p.sku === r.product.sku)?.quantity).toBe(r.product.quantity)
      expect(['FBS', 'FBO']).toContain(r.schema)
      expect(r.logistic.return_date).toMatch(utcDateTime)
      expect(r.visual.change_moment).toMatch(utcDateTime)
    }
  })

  it('books every buyer’s return in finance as a ClientReturnAgentOperation of the same posting and SKU', async () => {
    const returns = (await walkReturns(500)).flatMap((page) => page.returns).filter((r) => r.type === 'ClientReturn')
    const operations: Operation[] = []
    for (const r of returns) {
      const page = await ozonJson<{ result: { operations: Operation[] } }>(oz, '/v3/finance/transaction/list', {
        filter: { posting_number: r.posting_number },
        page: 1,
        page_size: 1000
      })
      operations.push(...page.result.operations)
    }
    for (const r of returns) {
      const booked = operations.find((op) => op.operation_type === 'ClientReturnAgentOperation' && op.posting.posting_number === r.posting_number)
      expect(booked?.items.every((item) => item.sku === r.product.sku)).toBe(true)
    }
  })

  it('pages by last_id in id order, has_next false on the last page, the same returns whatever the limit', async () => {
    const small = await walkReturns(7)
    expect(small.length).toBeGreaterThan(1)
    const ids = small.flatMap((page) => page.returns.map((r) => r.id))
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)
    expect(ids).toEqual((await walkReturns(500)).flatMap((page) => page.returns.map((r) => r.id)))
    expect(small.slice(0, -1).every((page) => page.returns.length === 7 && page.has_next)).toBe(true)
  })

  it('filters by posting, schema and the return date', async () => {
    const all = (await walkReturns(500)).flatMap((page) => page.returns)
    const one = all[0]!
    const byPosting = await ozonJson<Page>(oz, path, { filter: { posting_numbers: [one.posting_number] }, limit: 500, last_id: 0 })
    expect(byPosting.returns.map((r) => r.id)).toContain(one.id)
    expect(byPosting.returns.every((r) => r.posting_number === one.posting_number)).toBe(true)
    const fbo = await ozonJson<Page>(oz, path, { filter: { return_schema: 'Fbo' }, limit: 500, last_id: 0 })
    expect(fbo.returns.every((r) => r.schema === 'FBO')).toBe(true)
    const recent = { time_from: new Date(clock.now() - 10 * DAY).toISOString(), time_to: new Date(clock.now()).toISOString() }
    const lately = await ozonJson<Page>(oz, path, { filter: { logistic_return_date: recent }, limit: 500, last_id: 0 })
    expect(lately.returns.every((r) => Date.parse(r.logistic.return_date) >= clock.now() - 10 * DAY)).toBe(true)
  })

  it('refuses a limit outside 1..500 and more than 50 posting numbers with rpcStatus 400', async () => {
    for (const body of [
      { limit: 501, last_id: 0 },
      { last_id: 0 },
      { limit: 10, filter: { posting_numbers: Array.from({ length: 51 }, (_, k) => `0000-${k}`) } },
      { limit: 10, filter: { logistic_return_date: { time_from: 'вчера' } } }
    ]) {
      expect(await ozonJson<RpcStatus>(oz, path, body, 400)).toMatchObject({ code: 3, details: [] })
    }
  })
})
