import { describe, expect, it } from 'vitest'
import { FakeClock } from './clock'
import { RateBudget, RateBudgets, type RateBudgetSpec } from './rate-budget'

/** 10 requests per second: one token every 100 ms. */
const tenPerSecond = (burst: number): RateBudgetSpec => ({ limit: 10, periodMs: 1_000, burst })

/** Starts acquires and records when (on the fake clock) and in which order each one is let through. */
function track(budget: RateBudget, clock: FakeClock) {
  const served: Array<{ id: number; cost: number; at: number }> = []
  const acquire = (id: number, cost = 1, signal?: AbortSignal) =>
    budget.acquire(cost, { signal }).then(() => {
      served.push({ id, cost, at: clock.now() })
    })
  return { served, acquire }
}

describe('RateBudget', () => {
  it('lets a full burst through at once, then one request per interval', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(3), clock)
    const { served, acquire } = track(budget, clock)

    for (let id = 0; id < 6; id++) void acquire(id)
    await clock.advance(0)
    expect(served.map((s) => s.at)).toEqual([0, 0, 0])

    await clock.advance(1_000)
    expect(served.map((s) => s.at)).toEqual([0, 0, 0, 100, 200, 300])
    // The bucket refills to its burst while idle, and no further.
    expect(budget.snapshot()).toMatchObject({ available: 3, capacity: 3, nextTokenAt: 1_000, pausedUntil: null })
  })

  it('starts refilling a quarter interval late after a burst, for the slower first request of it', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(3), clock, 0.25)
    const { served, acquire } = track(budget, clock)

    for (let id = 0; id < 6; id++) void acquire(id)
    await clock.advance(1_000)
    expect(served.map((s) => s.at)).toEqual([0, 0, 0, 125, 225, 325])
    // Spending from a bucket that is not full keeps the rate: no second allowance mid-stream.
    await clock.advance(1_000)
    for (let id = 6; id < 10; id++) void acquire(id)
    await clock.advance(1_000)
    expect(served.slice(6).map((s) => s.at)).toEqual([2_000, 2_000, 2_000, 2_125])
  })

  it('gives no allowance to a paced stream through a burst of one', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(1), clock, 0.25)
    const { served, acquire } = track(budget, clock)
    for (let id = 0; id < 4; id++) void acquire(id)
    await clock.advance(1_000)
    expect(served.map((s) => s.at)).toEqual([0, 125, 225, 325])
  })

  it('serves 50 concurrent callers in arrival order without ever exceeding the rate', async () => {
    const clock = new FakeClock()
    const spec = tenPerSecond(5)
    const budget = new RateBudget(spec, clock)
    const { served, acquire } = track(budget, clock)
    // Mixed costs: a fair queue must not let cheap requests overtake an expensive one.
    const costs = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? 4 : 1))

    const all = Promise.all(costs.map((cost, id) => acquire(id, cost)))
    await clock.advance(60_000)
    await all

    expect(served.map((s) => s.id)).toEqual(costs.map((_, id) => id))
    const interval = spec.periodMs / spec.limit
    let spent = 0
    for (const { cost, at } of served) {
      spent += cost
      expect(spent).toBeLessThanOrEqual(spec.burst + Math.floor(at / interval))
    }
    // Steady state: the queue drains at exactly the rate, the last caller is not made to wait longer.
    const totalCost = costs.reduce((a, b) => a + b, 0)
    expect(served.at(-1)?.at).toBe((totalCost - spec.burst) * interval)
  })

  it('holds every caller until a pause ends, even with tokens to spare', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(3), clock)
    const { served, acquire } = track(budget, clock)
    const waits: number[] = []

    budget.pauseUntil(1_000)
    for (let id = 0; id < 3; id++) void acquire(id)
    void budget.acquire(1, { onWait: (until) => waits.push(until) })

    await clock.advance(999)
    expect(served).toEqual([])
    expect(budget.snapshot().pausedUntil).toBe(1_000)

    await clock.advance(1)
    // The bucket was emptied by the pause and refilled during it: three tokens by 1 000 ms, the fourth at 1 100.
    expect(served.map((s) => s.at)).toEqual([1_000, 1_000, 1_000])
    expect(waits).toEqual([1_100])
    expect(budget.snapshot().pausedUntil).toBeNull()
  })

  it('never shortens a pause', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(3), clock)
    budget.pauseUntil(2_000)
    budget.pauseUntil(500)
    expect(budget.snapshot().pausedUntil).toBe(2_000)
  })

  it('charges after the fact and makes later callers wait out the debt', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(5), clock)
    const { served, acquire } = track(budget, clock)

    budget.charge(10)
    expect(budget.snapshot()).toMatchObject({ available: -5, nextTokenAt: 100 })

    void acquire(1)
    await clock.advance(599)
    expect(served).toEqual([])
    await clock.advance(1)
    expect(served).toEqual([{ id: 1, cost: 1, at: 600 }])
  })

  it('lets a cost above the burst through once the bucket is full, leaving debt', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(3), clock)
    const { served, acquire } = track(budget, clock)

    void acquire(1, 1)
    void acquire(2, 5)
    void acquire(3, 1)
    await clock.advance(1_000)

    // #2 waits until the bucket is full again (3 tokens at 100 ms), takes 5 → -2; #3 needs 1 → 300 ms later.
    expect(served).toEqual([
      { id: 1, cost: 1, at: 0 },
      { id: 2, cost: 5, at: 100 },
      { id: 3, cost: 1, at: 400 }
    ])
  })

  it('reports each waiter its expected start, and updates it when a pause moves it', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(1), clock)
    const waits: Array<[string, number]> = []
    void budget.acquire(1)
    void budget.acquire(1, { onWait: (until) => waits.push(['a', until]) })
    void budget.acquire(2, { onWait: (until) => waits.push(['b', until]) })
    expect(waits).toEqual([
      ['a', 100],
      ['b', 200]
    ])

    budget.pauseUntil(1_000)
    expect(waits.slice(2)).toEqual([
      ['a', 1_000],
      ['b', 1_100]
    ])
  })

  it('rejects an aborted waiter at once and moves the queue up', async () => {
    const clock = new FakeClock()
    const budget = new RateBudget(tenPerSecond(2), clock)
    const { served, acquire } = track(budget, clock)
    await budget.acquire(2)

    const controller = new AbortController()
    const big = acquire(1, 2, controller.signal)
    void acquire(2, 1)
    controller.abort()

    await expect(big).rejects.toMatchObject({ name: 'AbortError' })
    await clock.advance(1_000)
    expect(served).toEqual([{ id: 2, cost: 1, at: 100 }])
    await expect(budget.acquire(1, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('rejects invalid specs and costs', () => {
    const clock = new FakeClock()
    expect(() => new RateBudget({ limit: 0, periodMs: 1_000, burst: 1 }, clock)).toThrow(RangeError)
    expect(() => new RateBudget({ limit: 1, periodMs: 1_000, burst: 0 }, clock)).toThrow(RangeError)
    const budget = new RateBudget(tenPerSecond(1), clock)
    expect(() => budget.acquire(-1)).toThrow(RangeError)
    expect(() => budget.charge(Number.NaN)).toThrow(RangeError)
  })
})

describe('RateBudgets', () => {
  it('shares one budget per key and lists them all', async () => {
    const clock = new FakeClock()
    const budgets = new RateBudgets(clock)
    const a = budgets.get('acc1:marketplace', tenPerSecond(5))
    expect(budgets.get('acc1:marketplace', tenPerSecond(5))).toBe(a)
    const b = budgets.get('acc2:marketplace', tenPerSecond(5))
    expect(b).not.toBe(a)

    await a.acquire(2)
    expect(budgets.snapshot()).toEqual([
      { key: 'acc1:marketplace', available: 3, capacity: 5, nextTokenAt: 100, pausedUntil: null },
      { key: 'acc2:marketplace', available: 5, capacity: 5, nextTokenAt: 0, pausedUntil: null }
    ])
  })

  it('applies a changed spec to the existing budget without losing its state', () => {
    const clock = new FakeClock()
    const budgets = new RateBudgets(clock)
    const budget = budgets.get('acc1:prices', { limit: 10, periodMs: 6_000, burst: 5 })
    budget.charge(1)
    // The seller switched to a Basic token: 4 per hour, burst 1.
    expect(budgets.get('acc1:prices', { limit: 4, periodMs: 3_600_000, burst: 1 })).toBe(budget)
    expect(budget.snapshot()).toMatchObject({ available: 1, capacity: 1 })
  })
})
