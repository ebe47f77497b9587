/**
 * The sandbox and the app's WB client against WB's official specs: a real core syncs every resource and runs
 * an FBS supply through create, add and deliver, each WB host behind a Prism proxy of its spec file. Prism
 * answers 422 when the app's request violates the spec and 500 with `sl-violations` when the sandbox's answer
 * does; the test wants neither. `npm run test:contract`.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WbHost } from '../main/providers/wildberries/hosts'
import { createHttpClient, RateBudgets, systemClock } from '../main/http'
import { WbClient, wbRoutes } from '../main/providers/wildberries/client'
import { startWbSandbox, type WbSandbox } from '../sandbox/wildberries'
import { wildberriesProvider } from '../main/providers/wildberries'
import { startAppCore, type AppCore } from '../test-support/app-core'
import { runPrismControl } from '../test-support/prism-control'
import { startForwardingProxy, type ForwardedExchange, type ForwardingProxy } from './forwarding-proxy'
import { startPrismProxy, type PrismProxy } from './prism'
import { wbRouteOf } from './wb-route-of'

/** CI clones the repo next to `shared/`. */
const specsDir = resolve(__dirname, '../../../shared/specs/wildberries')
const specFiles = {
  items: '02-items.yaml',
  fbsOrders: '03-orders-fbs.yaml',
  fbwOrders: '07-orders-fbw.yaml',
  analytics: '11-analytics.yaml',
  reports: '12-reports.yaml'
} as const
type SpecName = keyof typeof specFiles

/** The marketplace host serves routes of two spec files: seller warehouses and stocks are in 02-items.yaml. */
const itemsMarketplacePaths = /^\/api\/v3\/(warehouses|offices|stocks)(\/|\?|$)/

/** The sandbox's limits are off; the app's budgets are scaled until they never wait (statistics allow 1 a minute). */
const UNPACED_SCALE = 1e-6
const SUPPLY_ORDERS = 105

describe('WB contract: app client and sandbox against the official specs', () => {
  let sandbox: WbSandbox
  let prisms: Record<SpecName, PrismProxy>
  let hosts: Record<WbHost, ForwardingProxy>
  let endpoints: Record<WbHost, string>
  let app: AppCore
  let accountId: string
  /** What the first full sync wrote, by resource. */
  let syncedRows: Record<string, number> = {}
  /** What started, stopped last-first; filled as things start so a failed start leaks nothing. */
  const stops: Array<() => Promise<void>> = []

  beforeAll(async () => {
    if (!existsSync(specsDir)) {
      throw new Error(`WB specs not found at ${specsDir}: clone the repo next to shared/ (shared/specs/wildberries/*.yaml)`)
    }
    sandbox = await startWbSandbox({ port: 0, rateLimits: false, cardCount: 400, fbsOrderCount: 600, orderCount: 3000, saleCount: 2500 })
    stops.push(() => sandbox.close())
    const started = await Promise.all(
      (Object.entries(specFiles) as Array<[SpecName, string]>).map(async ([name, file]) => {
        const prism = await startPrismProxy(resolve(specsDir, file), sandbox.url)
        stops.push(() => prism.stop())
        return [name, prism] as const
      })
    )
    prisms = Object.fromEntries(started) as Record<SpecName, PrismProxy>
    const via = (spec: SpecName) => () => prisms[spec].url
    const upstreamOf: Record<WbHost, (method: string, url: string) => string> = {
      content: via('items'),
      marketplace: (_, url) => (itemsMarketplacePaths.test(url) ? prisms.items.url : prisms.fbsOrders.url),
      statistics: via('reports'),
      analytics: via('analytics'),
      supplies: via('fbwOrders')
    }
    const proxies = await Promise.all(
      Object.entries(upstreamOf).map(async ([host, upstream]) => {
        const proxy = await startForwardingProxy(upstream)
        stops.push(() => proxy.close())
        return [host, proxy] as const
      })
    )
    hosts = Object.fromEntries(proxies) as Record<WbHost, ForwardingProxy>
    endpoints = Object.fromEntries(proxies.map(([host, proxy]) => [host, proxy.url])) as Record<WbHost, string>
    app = await startAppCore({ endpoints: { wildberries: endpoints }, rateLimitScale: UNPACED_SCALE })
    stops.push(() => app.close())
    accountId = await app.createCabinet(sandbox.token)
  }, 180_000)

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop()
  })

  it('syncs every resource through the specs', async () => {
    const runs = await app.syncAll(accountId)
    syncedRows = Object.fromEntries(runs.map((r) => [r.resource, r.rows]))
    expect(runs.map((r) => r.resource).sort()).toEqual(wildberriesProvider.resources.map((r) => r.id).sort())
    expect(runs.filter((r) => r.status !== 'succeeded').map((r) => `${r.resource}: ${r.status} ${JSON.stringify(r.error)}`)).toEqual([])
    expect(violations()).toEqual([])
  }, 120_000)

  it('shows what it synced on every screen, WB’s ids joining the neutral rows', async () => {
    const products = await app.call('products.list', { sort: { field: 'productId', dir: 'asc' }, page: 0, pageSize: 10 })
    expect(products.total).toBe(syncedRows.products)
    const product = await app.call('products.get', { accountId, productId: products.rows[0]!.productId })
    expect(product.offers.length).toBeGreaterThan(0)
    expect(product.details).toMatchObject({ marketplace: 'wildberries', imtId: expect.any(Number) })

    // FBS tasks name their card and their seller warehouse through the neutral tables' text ids.
    const tasks = await app.call('orders.listFbs', { sort: { field: 'createdAt', dir: 'desc' }, page: 0, pageSize: 200 })
    expect(tasks.rows.filter((t) => t.title === '' || t.warehouseName.startsWith('#'))).toEqual([])
    const fbsWarehouses = (await app.call('orders.filterOptions', {})).fbsWarehouses.map((w) => w.warehouseId)
    expect(fbsWarehouses).toEqual(expect.arrayContaining([...new Set(tasks.rows.map((t) => t.warehouseId))]))

    const stocks = await app.call('stocks.list', { lowThreshold: 0, sort: { field: 'total', dir: 'desc' }, page: 0, pageSize: 10 })
    expect(stocks.totals.atSeller).toBeGreaterThan(0)
    expect(stocks.totals.atMarketplace).toBeGreaterThan(0)
    const byWarehouse = await app.call('stocks.byWarehouse', { accountId, offerId: stocks.rows[0]!.offerId })
    expect(byWarehouse.reduce((sum, w) => sum + w.available, 0)).toBe(stocks.rows[0]!.total)

    const orders = await app.call('orders.list', { status: 'all', sort: { field: 'orderedAt', dir: 'desc' }, page: 0, pageSize: 10 })
    expect(orders.total).toBe(syncedRows.orders)
    expect(orders.totals.buyerPrice.map((m) => m.currency)).toEqual(['RUB'])
    const order = await app.call('orders.get', { accountId, orderId: orders.rows[0]!.orderId })
    expect(order.details).toMatchObject({ marketplace: 'wildberries' })
    const sales = await app.call('sales.list', { kind: 'all', sort: { field: 'soldAt', dir: 'desc' }, page: 0, pageSize: 10 })
    expect(sales.total).toBe(syncedRows.sales)
  }, 60_000)

  it('creates an FBS supply, adds orders and delivers it through the spec, then syncs the change', async () => {
    const warehouseId = (await app.call('orders.listFbs', { sort: { field: 'createdAt', dir: 'desc' }, page: 0, pageSize: 10 })).rows[0]?.warehouseId
    expect(warehouseId).toBeDefined()
    sandbox.addNewOrders(SUPPLY_ORDERS, { warehouseId: warehouseId! })
    expect((await app.syncResource(accountId, 'fbs_orders')).status).toBe('succeeded')
    const waiting = await app.call('orders.listFbs', {
      statuses: ['new'],
      withoutSupply: true,
      warehouseIds: [warehouseId!],
      sort: { field: 'createdAt', dir: 'asc' },
      page: 0,
      pageSize: 200
    })
    const orderIds = waiting.rows.map((r) => r.orderId)
    expect(orderIds.length).toBeGreaterThanOrEqual(SUPPLY_ORDERS)

    // More than 100 orders: the app adds them in two requests.
    const created = await app.call('supplies.createFbs', { accountId, name: 'Контрактная поставка', orderIds: orderIds.slice(0, -2) })
    expect(created.added).toBe(orderIds.length - 2)
    expect((await app.call('supplies.addOrders', { accountId, supplyId: created.supplyId, orderIds: orderIds.slice(-2) })).added).toBe(2)
    expect((await app.call('supplies.deliver', { accountId, supplyId: created.supplyId })).delivered).toBe(true)

    for (const resource of ['fbs_orders', 'fbs_supplies'] as const) {
      expect((await app.syncResource(accountId, resource)).status).toBe('succeeded')
    }
    const supply = await app.call('supplies.getFbs', { accountId, supplyId: created.supplyId })
    expect(supply).toMatchObject({ supplyId: created.supplyId, done: true })
    // The one client method no screen or sync calls yet.
    const http = createHttpClient()
    try {
      const client = new WbClient({
        http,
        budgets: new RateBudgets(systemClock, { periodScale: UNPACED_SCALE }),
        accountId,
        tokenKind: 'personal',
        endpoints,
        token: sandbox.token
      })
      expect((await client.supplyOrderIds(created.supplyId)).sort((a, b) => a - b)).toEqual([...orderIds].sort((a, b) => a - b))
    } finally {
      await http.close()
    }
    expect(violations()).toEqual([])
  }, 120_000)

  it('sent every route of the client through its host’s spec', () => {
    const seen = new Set<string>()
    for (const [host, proxy] of Object.entries(hosts)) {
      for (const exchange of proxy.exchanges) {
        const route = wbRouteOf(exchange.method, exchange.url)
        expect(route === null ? null : wbRoutes[route].host, `${exchange.method} ${exchange.url} on ${host}`).toBe(host)
        if (route) seen.add(route)
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(wbRoutes).sort())
    const marketplaceSpecs = new Set(hosts.marketplace.exchanges.map((e) => e.upstream))
    expect(marketplaceSpecs).toEqual(new Set([prisms.items.url, prisms.fbsOrders.url]))
  })

  it('would see a violation: Prism refuses a request and an answer that break the spec', async () => {
    const { request, answer } = await runPrismControl({
      prismUrl: prisms.items.url,
      badRequest: { path: '/content/v2/get/cards/list', body: { settings: { cursor: { limit: 1000 }, filter: { withPhoto: -1 } } } },
      spec: resolve(specsDir, specFiles.analytics),
      startWrongAnswer: () => startFakeUpstream({ data: { items: [{ nmID: 'not a number' }] } }),
      request: { path: '/api/analytics/v1/stocks-report/wb-warehouses', body: { limit: 10, offset: 0 } },
      headers: { Authorization: sandbox.token, 'content-type': 'application/json' }
    })
    expect(request).toMatchObject({ status: 422 })
    expect(answer?.responseHeaders['sl-violations']).toContain('nmId')
    expect([request, answer].every((e) => e !== undefined && isViolation(e))).toBe(true)
  }, 60_000)

  /** Every answer Prism refused or flagged, and every violation it logged, as readable lines. */
  function violations(): string[] {
    const specOf = new Map(Object.values(prisms).map((prism) => [prism.url, prism.spec.split('/').pop()]))
    const flagged = Object.values(hosts)
      .flatMap((proxy) => proxy.exchanges)
      .filter(isViolation)
      .map((e) => `${specOf.get(e.upstream)} ${e.method} ${e.url} -> ${e.status} ${e.responseHeaders['sl-violations'] ?? e.errorBody}`)
    const logged = Object.values(prisms).flatMap((prism) =>
      prism.log.filter((line) => /violation/i.test(line)).map((line) => `${prism.spec.split('/').pop()} log: ${line}`)
    )
    return [...flagged, ...logged]
  }
})

/** An upstream that gives every request the same JSON answer. */
async function startFakeUpstream(answer: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume()
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(answer))
  })
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', () => resolveListen()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose()))
  }
}

function isViolation(exchange: ForwardedExchange): boolean {
  return exchange.status === 422 || exchange.status >= 500 || exchange.responseHeaders['sl-violations'] !== undefined
}
