import { afterEach, describe, expect, it } from 'vitest'
import { bareJobContext } from '../../../test-support/bare-job-context'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { ok, ozonAnswering, rpcStatus } from '../../../test-support/ozon-loopback'
import { everyHostAt } from '../../endpoints'
import { FakeClock, RateBudgets } from '../../http'
import { ozonProvider } from '.'
import { analyticsJob } from './analytics-job'
import { moscowDay } from './time'

const DAY = 24 * 60 * 60 * 1000
const path = '/v1/analytics/data'

interface SentRequest {
  date_from: string
  date_to: string
  dimension: string[]
  metrics: string[]
  limit: number
  offset: number
}

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10)

describe('Ozon analytics sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const sent = () => bench.requests.filter((r) => r.path === path).map((r) => r.json as SentRequest)

  it('asks a seller without Premium for revenue and ordered units per SKU and day, one request a minute, 1000 rows a page', async () => {
    const now = Date.now()
    // Waits on the budget move this clock, not the test's time.
    const clock = new FakeClock(now, { autoAdvance: true })
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 6000 }, now, budgets: new RateBudgets(clock) })
    const runs = await bench.sync(['analytics'])
    expect(runs.get('analytics')?.status).toBe('succeeded')
    const requests = sent()
    const today = moscowDay(new Date(now).toISOString())
    expect(requests.length).toBeGreaterThan(1)
    requests.forEach((request, k) => {
      expect(request).toMatchObject({ date_from: dayBefore(today, 89), date_to: today, dimension: ['sku', 'day'], metrics: ['revenue', 'ordered_units'], limit: 1000, offset: k * 1000 })
    })
    // The budget's clock moved a minute for every request after the first.
    expect(clock.now() - now).toBeGreaterThanOrEqual((requests.length - 1) * 60_000)
    expect(bench.rows("SELECT count(*) AS n FROM ozon_analytics_daily WHERE returned_units IS NOT NULL OR cancelled_units IS NOT NULL OR currency <> 'RUB'")).toEqual([{ n: 0 }])
    const stored = bench.rows<{ n: number; units: number }>('SELECT count(*) AS n, sum(ordered_units) AS units FROM ozon_analytics_daily')[0]!
    const answered = bench.requests
      .filter((r) => r.path === path && 'body' in r.outcome)
      .flatMap((r) => (r.outcome as { body: { result: { data: Array<{ metrics: number[] }> } } }).body.result.data)
    expect(stored).toEqual({ n: answered.length, units: answered.reduce((sum, row) => sum + row.metrics[1]!, 0) })
  })

  it('keeps revenue and ordered units when Ozon refuses a Premium seller the Premium metrics, and says so in Russian', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 20, postings: 50 } })
    const ozon = await ozonAnswering([
      ok({ company: { currency: 'RUB' }, subscription: { is_premium: true, type: 'PREMIUM_PLUS' } }),
      rpcStatus(403, 7, 'Metric returns is available with a Premium Plus or Premium Pro subscription only'),
      ok({ result: { data: [{ dimensions: [{ id: '55', name: 'Ремень' }, { id: '2026-03-02', name: '' }], metrics: [990.5, 1] }], totals: [990.5, 1] }, timestamp: '2026-03-03 10:00:00' })
    ])
    try {
      const job = analyticsJob({ ...bench.deps, endpoints: everyHostAt(ozonProvider, ozon.url) })
      const ctx = bareJobContext(bench.account.id, 'analytics')
      await expect(job.run(ctx)).rejects.toMatchObject({
        code: 'access_denied',
        message: expect.stringMatching(/^Возвраты и отмены в аналитике Ozon доступны только с подпиской Premium Plus или Premium Pro/),
        params: { service: 'Ozon', reason: 'premium_required', method: path }
      })
      const asked = ozon.received.slice(1).map((r) => (r.body as SentRequest).metrics)
      expect(asked).toEqual([['revenue', 'ordered_units', 'returns', 'cancellations'], ['revenue', 'ordered_units']])
      // The page is kept and the run is done: the next one starts afresh.
      expect(ctx.commits).toEqual([{ stage: 'idle', syncedDay: expect.any(String) }])
    } finally {
      await ozon.close()
    }
  })

  it('reads the last 30 days again on the next run, and changes nothing that did not change', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 1500 }, now })
    await bench.sync(['analytics'])
    const before = bench.rows('SELECT sku, day, revenue_kopecks, ordered_units FROM ozon_analytics_daily ORDER BY day, sku')
    expect(before.length).toBeGreaterThan(0)
    bench.requests.length = 0
    await bench.sync(['analytics'])
    const today = moscowDay(new Date(now).toISOString())
    expect(sent()[0]).toMatchObject({ date_from: dayBefore(today, 30), date_to: today })
    expect(bench.rows('SELECT sku, day, revenue_kopecks, ordered_units FROM ozon_analytics_daily ORDER BY day, sku')).toEqual(before)
  })
})
