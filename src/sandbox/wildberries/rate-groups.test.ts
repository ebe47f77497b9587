import { afterEach, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox, type WbSandboxOptions } from './index'
import { manualClock, wbRequest } from './test-helpers'

const running: WbSandbox[] = []

async function sandbox(options: WbSandboxOptions): Promise<WbSandbox> {
  const started = await startWbSandbox({ cardCount: 50, fbsOrderCount: 60, orderCount: 100, saleCount: 50, ...options })
  running.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

type Call = [method: string, path: string, body?: unknown]

const calls = {
  content: ['POST', '/content/v2/get/cards/list', { settings: { cursor: { limit: 1 } } }],
  marketplace: ['GET', '/api/v3/orders/new'],
  marketplaceWarehouses: ['GET', '/api/v3/warehouses'],
  statisticsOrders: ['GET', '/api/v1/supplier/orders?dateFrom=2026-06-30'],
  statisticsSales: ['GET', '/api/v1/supplier/sales?dateFrom=2026-06-30'],
  supplies: ['POST', '/api/v1/supplies', {}],
  suppliesWarehouses: ['GET', '/api/v1/warehouses'],
  analyticsWbStocks: ['POST', '/api/analytics/v1/stocks-report/wb-warehouses', { limit: 1 }]
} satisfies Record<string, Call>

async function statuses(wb: WbSandbox, call: Call, times: number, token = wb.token): Promise<number[]> {
  const seen: number[] = []
  for (let k = 0; k < times; k++) {
    const response = await wbRequest(wb.url, token, call[0], call[1], call[2])
    await response.arrayBuffer()
    seen.push(response.status)
  }
  return seen
}

async function limited(wb: WbSandbox, call: Call, token = wb.token): Promise<Record<string, string | null>> {
  const response = await wbRequest(wb.url, token, call[0], call[1], call[2])
  expect(response.status).toBe(429)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(await response.json()).toMatchObject({ title: 'too many requests', status: 429 })
  return {
    retry: response.headers.get('x-ratelimit-retry'),
    limit: response.headers.get('x-ratelimit-limit')
  }
}

const ok = (times: number) => Array<number>(times).fill(200)

describe('rate limits per method group', () => {
  it('let each group burst as its spec table says, then wait one interval', async () => {
    const clock = manualClock()
    const wb = await sandbox({ now: clock.now })
    const table: Array<[keyof typeof calls, burst: number, retrySeconds: number]> = [
      ['content', 5, 1],
      ['marketplace', 20, 1],
      ['marketplaceWarehouses', 20, 1],
      ['statisticsOrders', 10, 60],
      ['statisticsSales', 1, 60],
      ['supplies', 10, 2],
      ['suppliesWarehouses', 6, 10],
      ['analyticsWbStocks', 1, 20]
    ]
    for (const [group, burst, retrySeconds] of table) {
      expect(await statuses(wb, calls[group], burst), group).toEqual(ok(burst))
      expect(await limited(wb, calls[group]), group).toEqual({ retry: String(retrySeconds), limit: String(burst) })
    }
    clock.advance(60_000)
    for (const [group] of table) expect(await statuses(wb, calls[group], 1), group).toEqual([200])
    expect(wb.stats().tooManyRequestsByGroup).toEqual(Object.fromEntries(table.map(([group]) => [group, 1])))
    expect(wb.stats().tooManyRequests).toBe(table.length)
  })

  it('counts a 4xx marketplace answer as ten requests', async () => {
    const wb = await sandbox({ now: manualClock().now })
    const badLimit: Call = ['GET', '/api/v3/orders?limit=0&next=0']
    const unknownSupply: Call = ['GET', '/api/v3/supplies/WB-GI-1']
    expect(await statuses(wb, badLimit, 1)).toEqual([400])
    expect(await statuses(wb, unknownSupply, 1)).toEqual([404])
    await limited(wb, calls.marketplace)
    // Other groups and other sellers keep their own buckets.
    expect(await statuses(wb, calls.marketplaceWarehouses, 1)).toEqual([200])
    const otherSeller = wb.mintToken({ sellerId: '00000000-0000-4000-8000-000000000002' })
    expect(await statuses(wb, calls.marketplace, 1, otherSeller)).toEqual([200])
  })

  it('gives basic tokens WB basic-token limits', async () => {
    const clock = manualClock()
    const wb = await sandbox({ now: clock.now })
    const basic = wb.mintToken({ kind: 'basic' })
    const table: Array<[keyof typeof calls, retrySeconds: number]> = [
      ['statisticsOrders', 3 * 3600],
      ['statisticsSales', 2 * 3600],
      ['supplies', 1800],
      ['suppliesWarehouses', 12 * 3600]
    ]
    for (const [group, retrySeconds] of table) {
      expect(await statuses(wb, calls[group], 1, basic), group).toEqual([200])
      expect(await limited(wb, calls[group], basic), group).toEqual({ retry: String(retrySeconds), limit: '1' })
    }
    expect(await statuses(wb, calls.content, 5, basic)).toEqual(ok(5))
    expect(await statuses(wb, calls.statisticsOrders, 10)).toEqual(ok(10))
    clock.advance(3 * 3600 * 1000)
    expect(await statuses(wb, calls.statisticsOrders, 1, basic)).toEqual([200])
  })

  it('scales every interval with rateLimitScale, bursts unchanged', async () => {
    const clock = manualClock()
    const wb = await sandbox({ now: clock.now, rateLimitScale: 0.01 })
    expect(await statuses(wb, calls.statisticsOrders, 10)).toEqual(ok(10))
    expect(await statuses(wb, calls.statisticsOrders, 1)).toEqual([429])
    clock.advance(600)
    expect(await statuses(wb, calls.statisticsOrders, 2)).toEqual([200, 429])
    clock.advance(200)
    expect(await statuses(wb, calls.statisticsSales, 2)).toEqual([200, 429])
    clock.advance(600)
    expect(await statuses(wb, calls.statisticsSales, 1)).toEqual([200])
  })

  it('takes per-group overrides, switches groups or everything off', async () => {
    const clock = manualClock()
    const custom = await sandbox({ now: clock.now, rateLimits: { statisticsOrders: { perMinute: 60, burst: 2 }, marketplace: false } })
    expect(await statuses(custom, calls.statisticsOrders, 3)).toEqual([200, 200, 429])
    expect(await statuses(custom, calls.marketplace, 40)).toEqual(ok(40))
    expect(await statuses(custom, calls.statisticsSales, 2)).toEqual([200, 429])

    const off = await sandbox({ now: clock.now, rateLimits: false })
    for (const call of Object.values(calls)) expect(await statuses(off, call, 12), call[1]).toEqual(ok(12))
    expect(off.stats().tooManyRequests).toBe(0)
  })

  it('shapes a forced 429 fault like the group limiter would', async () => {
    const wb = await sandbox({ now: manualClock().now })
    wb.faults.inject({ kind: 'status429', retrySeconds: 7, count: 1 })
    expect(await limited(wb, calls.statisticsOrders)).toEqual({ retry: '7', limit: '10' })
    expect(wb.stats().tooManyRequestsByGroup).toEqual({ statisticsOrders: 1 })
  })
})
