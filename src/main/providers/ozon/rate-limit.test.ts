import { afterEach, describe, expect, it } from 'vitest'
import { FakeClock, RateBudgets, systemClock } from '../../http'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { ozonBudgetKey, ozonBudgetSpec } from './limits'

describe('Ozon’s 50 requests a second per Client-Id', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  it('is never exceeded by the budget, however the second is cut', async () => {
    const clock = new FakeClock(0, { autoAdvance: true })
    const budget = new RateBudgets(clock).get(ozonBudgetKey('123456'), ozonBudgetSpec)
    const sentAt: number[] = []
    for (let i = 0; i < 400; i++) {
      await budget.acquire()
      sentAt.push(clock.now())
    }
    const busiestSecond = Math.max(...sentAt.map((start) => sentAt.filter((t) => t >= start && t < start + 1000).length))
    expect(busiestSecond).toBeLessThanOrEqual(50)
    // And the budget is not needlessly slow: 400 requests take about 400 / 40 seconds.
    expect(sentAt.at(-1)!).toBeLessThanOrEqual(10_000)
  })

  it('is one budget for every cabinet of a Client-Id', () => {
    const budgets = new RateBudgets(new FakeClock(0))
    expect(budgets.get(ozonBudgetKey('123456'), ozonBudgetSpec)).toBe(budgets.get(ozonBudgetKey('123456'), ozonBudgetSpec))
    expect(budgets.get(ozonBudgetKey('654321'), ozonBudgetSpec)).not.toBe(budgets.get(ozonBudgetKey('123456'), ozonBudgetSpec))
  })

  it('waits out the 429s of a stricter limit and still gets to the end', { timeout: 60_000 }, async () => {
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 2500, rateLimits: { perSecond: 8 } }, budgets: new RateBudgets(systemClock) })
    await bench.sync(['orders'])
    const [run] = bench.rows<{ status: string; rate_limited: number }>('SELECT status, rate_limited FROM sync_runs')
    expect(run?.status).toBe('succeeded')
    expect(bench.sandbox.stats().tooManyRequests).toBeGreaterThan(0)
    expect(run?.rate_limited).toBe(bench.sandbox.stats().tooManyRequests)
  })
})
