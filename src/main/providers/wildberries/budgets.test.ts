import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { SferaError } from '../../../shared/domain/errors'
import { createHttpClient, FakeClock, RateBudgets, type HttpClient } from '../../http'
import { everyHostAt } from '../../endpoints'
import { wildberriesProvider } from '.'
import { WbClient } from './client'
import { wbEndpointsOf } from './hosts'
import { wbBudgetKey, wbBudgetSpec, type WbTokenKind } from './limits'

interface Exchange {
  method: string
  path: string
}

/** A loopback WB stand-in: every request is recorded and answered by `reply`. */
async function fakeWb(reply: (exchange: Exchange) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  const seen: Exchange[] = []
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const exchange = { method: req.method ?? '', path: new URL(req.url ?? '/', 'http://x').pathname }
      seen.push(exchange)
      const { status, body, headers } = reply(exchange)
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(body === undefined ? '' : JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const pending = (promise: Promise<unknown>) => {
  const state = { settled: false }
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true)
  )
  return state
}

describe('WB budgets', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()))
  })

  function clientOn(url: string, clock: FakeClock, budgets: RateBudgets, tokenKind: WbTokenKind = 'personal'): WbClient {
    const http: HttpClient = createHttpClient({ clock })
    cleanups.push(() => http.close())
    return new WbClient({
      http,
      budgets,
      accountId: 'acc',
      tokenKind,
      endpoints: wbEndpointsOf(everyHostAt(wildberriesProvider, url)),
      token: 'test-token-value'
    })
  }

  it('lets a marketplace burst of 20 through at once, then paces at one request per 200 ms', async () => {
    const clock = new FakeClock(1_000_000)
    const budget = new RateBudgets(clock).get(wbBudgetKey('acc', 'marketplace'), wbBudgetSpec('marketplace', 'personal')!)
    await Promise.all(Array.from({ length: 20 }, () => budget.acquire()))
    const next = pending(budget.acquire())
    const after = pending(budget.acquire())
    await clock.advance(199)
    expect(next.settled).toBe(false)
    await clock.advance(1)
    expect(next.settled).toBe(true)
    expect(after.settled).toBe(false)
    await clock.advance(200)
    expect(after.settled).toBe(true)
  })

  it('bills a marketplace 4xx as 10 requests and shows WB’s reason to the seller', async () => {
    const wb = await fakeWb(() => ({
      status: 409,
      body: { code: 'FailedToAddSupplyOrder', message: 'Сборочное задание уже добавлено в другую поставку', data: null }
    }))
    cleanups.push(wb.close)
    const clock = new FakeClock(1_000_000)
    const budgets = new RateBudgets(clock)
    const client = clientOn(wb.url, clock, budgets)

    const error = await client.addOrdersToSupply('WB-GI-1', [1]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SferaError)
    expect((error as SferaError).params).toMatchObject({
      service: 'Wildberries',
      method: '/api/marketplace/v3/supplies/{supplyId}/orders',
      status: 409,
      detail: 'Сборочное задание уже добавлено в другую поставку'
    })
    const budget = budgets.get(wbBudgetKey('acc', 'marketplace'), wbBudgetSpec('marketplace', 'personal')!)
    expect(budget.snapshot().available).toBe(10)
    await Promise.all(Array.from({ length: 10 }, () => budget.acquire()))
    const eleventh = pending(budget.acquire())
    await clock.advance(199)
    expect(eleventh.settled).toBe(false)
    await clock.advance(1)
    expect(eleventh.settled).toBe(true)
  })

  it('keeps the error token-free', async () => {
    const wb = await fakeWb(() => ({ status: 401, body: { title: 'unauthorized', detail: 'token test-token-value is expired' } }))
    cleanups.push(wb.close)
    const clock = new FakeClock(0)
    const error = (await clientOn(wb.url, clock, new RateBudgets(clock)).listOffices().catch((e: unknown) => e)) as SferaError
    expect(error.code).toBe('auth_failed')
    expect(JSON.stringify(error.params)).not.toContain('test-token-value')
  })

  it('never repeats a supply write after a 5xx, but does after a 429', async () => {
    let calls = 0
    const wb = await fakeWb(() => {
      calls += 1
      if (calls === 1) return { status: 503 }
      if (calls === 2) return { status: 429, headers: { 'x-ratelimit-retry': '2' } }
      return { status: 201, body: { id: 'WB-GI-7' } }
    })
    cleanups.push(wb.close)
    const clock = new FakeClock(0, { autoAdvance: true })
    const client = clientOn(wb.url, clock, new RateBudgets(clock))
    await expect(client.createSupply('Поставка')).rejects.toMatchObject({ code: 'upstream_error' })
    expect(calls).toBe(1)
    await expect(client.createSupply('Поставка')).resolves.toBe('WB-GI-7')
    expect(calls).toBe(3)
    expect(clock.sleeps).toContain(2000)
  })

  it('fails fast with the time it may go when a basic token would wait hours for its budget', async () => {
    const wb = await fakeWb(() => ({ status: 200, body: [] }))
    cleanups.push(wb.close)
    const clock = new FakeClock(1_000_000)
    const client = clientOn(wb.url, clock, new RateBudgets(clock), 'basic')
    expect((await client.statisticsOrders('2026-11-01T00:00:00')).last()).toBeUndefined()
    const error = (await client.statisticsOrders('2026-11-01T00:00:00').catch((e: unknown) => e)) as SferaError
    expect(error.code).toBe('rate_limited')
    expect(error.params?.retryAt).toBe(1_000_000 + 3 * 60 * 60 * 1000)
    expect(wb.seen).toHaveLength(1)
  })

  it('refuses the WB-warehouse stocks report to a basic token without a request', async () => {
    const wb = await fakeWb(() => ({ status: 200, body: { data: { items: [] } } }))
    cleanups.push(wb.close)
    const clock = new FakeClock(0)
    const client = clientOn(wb.url, clock, new RateBudgets(clock), 'basic')
    await expect(client.wbWarehouseStocks({ limit: 10, offset: 0 })).rejects.toMatchObject({
      code: 'access_denied',
      params: { reason: 'basic_token' }
    })
    expect(wb.seen).toHaveLength(0)
  })

  it('names the method when WB answers in an unexpected shape', async () => {
    const wb = await fakeWb(() => ({ status: 200, body: { orders: 'nope' } }))
    cleanups.push(wb.close)
    const clock = new FakeClock(0)
    const error = (await clientOn(wb.url, clock, new RateBudgets(clock)).listNewOrders().catch((e: unknown) => e)) as SferaError
    expect(error.code).toBe('malformed_response')
    expect(error.message).toContain('GET /api/v3/orders/new')
    expect(error.params).toEqual({ service: 'Wildberries', method: 'GET /api/v3/orders/new', field: 'orders', expected: 'array' })
  })

  it('names the statistics method when its array, or a row in it, is not what the spec says', async () => {
    const good = { date: '2026-11-01T10:00:00', lastChangeDate: '2026-11-01T10:00:00', nmId: 1, totalPrice: 1, finishedPrice: 1, priceWithDisc: 1, srid: 's', isCancel: false }
    const bodies: unknown[] = [{ errors: 'nope' }, [good, { ...good, srid: 's2', totalPrice: 'один' }, { ...good, srid: 's3' }]]
    const wb = await fakeWb(() => ({ status: 200, body: bodies.shift() }))
    cleanups.push(wb.close)
    const clock = new FakeClock(0)
    const client = clientOn(wb.url, clock, new RateBudgets(clock))
    const method = { service: 'Wildberries', method: 'GET /api/v1/supplier/orders' }
    await expect(client.statisticsOrders('2026-11-01T00:00:00')).rejects.toMatchObject({
      code: 'malformed_response',
      params: { ...method, field: '', expected: 'a JSON array' }
    })
    const rows = await client.statisticsOrders('2026-11-01T00:00:00')
    expect(rows.last()).toMatchObject({ srid: 's3' })
    const runs = rows.runs(1)
    expect(runs.next().value).toMatchObject([{ srid: 's' }])
    expect(() => runs.next()).toThrow(
      expect.objectContaining({ code: 'malformed_response', params: { ...method, field: '[1].totalPrice', expected: 'number' } })
    )
  })
})
