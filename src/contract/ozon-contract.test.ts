/**
 * The Ozon sandbox and the app's Ozon client against Ozon's official swagger.json: a real core checks the key and
 * syncs every resource the Ozon provider declares, then meets the error answers a seller's cabinet can get (an
 * unknown, a revoked and an under-scoped key; a failing, a blocked and a rate-limited method), all through a Prism
 * proxy of the spec. Prism answers 422 when the app's request violates the spec and flags the sandbox's answer
 * (500, or an `sl-violations` header) when it does; the test wants neither. `npm run test:contract`.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SferaError } from '../shared/domain/errors'
import { endpointsFromEnv } from '../main/endpoints'
import { ozonProvider } from '../main/providers/ozon'
import { ozonFbsReadRoutes, ozonFbsWriteRoutes } from '../main/providers/ozon/fbs-client'
import { startOzonSandbox, type OzonSandbox } from '../sandbox/ozon'
import { startAppCore, type AppCore } from '../test-support/app-core'
import { ok, ozonAnswering } from '../test-support/ozon-loopback'
import { runPrismControl } from '../test-support/prism-control'
import { startForwardingProxy, type ForwardedExchange, type ForwardingProxy } from './forwarding-proxy'
import { ozonReadPaths, ozonRouteOf } from './ozon-route-of'
import { loadableOzonSpec, ozonSpecFile } from './ozon-spec'
import { startPrismProxy, type PrismProxy } from './prism'


/** The sandbox's limit is off; the app's budget is scaled until it never waits. */
const UNPACED_SCALE = 1e-6

describe('Ozon contract: app client and sandbox against swagger.json', () => {
  let sandbox: OzonSandbox
  let prism: PrismProxy
  let seller: ForwardingProxy
  let app: AppCore
  let accountId: string
  let spec: string
  let clockAhead = 0
  /** What started, stopped last-first; filled as things start so a failed start leaks nothing. */
  const stops: Array<() => Promise<void>> = []

  beforeAll(async () => {
    if (!existsSync(ozonSpecFile)) {
      throw new Error(`Ozon spec not found at ${ozonSpecFile}: clone the repo next to shared/ (shared/specs/ozon/swagger.json)`)
    }
    const loadable = loadableOzonSpec()
    stops.push(async () => loadable.remove())
    spec = loadable.file
    // Labels are ready a minute after packing: the sandbox's clock can be moved on instead of waiting.
    sandbox = await startOzonSandbox({ port: 0, rateLimits: false, now: () => Date.now() + clockAhead })
    stops.push(() => sandbox.close())
    prism = await startPrismProxy(spec, sandbox.url)
    stops.push(() => prism.stop())
    seller = await startForwardingProxy(() => prism.url)
    stops.push(() => seller.close())
    app = await startAppCore({ endpoints: endpointsFromEnv({ SFERA_OZON_URL: seller.url }), rateLimitScale: UNPACED_SCALE })
    stops.push(() => app.close())
    accountId = await createCabinet(sandbox.apiKey)
  }, 180_000)

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop()
  })

  async function createCabinet(apiKey: string): Promise<string> {
    const fields = { clientId: sandbox.clientId, apiKey }
    return (await app.call('accounts.create', { marketplace: 'ozon', name: 'Магазин Ozon', fields })).id
  }

  /** The error code the app gives a key, whether it refuses the cabinet outright or its connection check fails. */
  async function refusalOf(apiKey: string): Promise<string | null> {
    let id: string
    try {
      id = await createCabinet(apiKey)
    } catch (error) {
      if (error instanceof SferaError) return error.code
      throw error
    }
    return (await app.call('accounts.checkConnection', { id })).error?.code ?? null
  }

  it('checks the key through the spec', async () => {
    const check = await app.call('accounts.checkConnection', { id: accountId })
    expect(violations()).toEqual([])
    expect(check).toMatchObject({ ok: true })
  })

  it('syncs every resource the provider declares through the spec', async () => {
    const runs = await app.syncAll(accountId)
    expect(violations()).toEqual([])
    expect(runs.map((r) => r.resource).sort()).toEqual(ozonProvider.resources.map((r) => r.id).sort())
    expect(runs.filter((r) => r.status !== 'succeeded').map((r) => `${r.resource}: ${r.status} ${JSON.stringify(r.error)}`)).toEqual([])
    expect(runs.filter((r) => r.rows === 0).map((r) => r.resource)).toEqual([])
  }, 120_000)

  it('keeps the per-item errors Ozon answers inside a 200 with the product', async () => {
    const products = await app.call('products.list', { marketplaces: ['ozon'], sort: { field: 'productId', dir: 'asc' }, page: 0, pageSize: 200 })
    const details = await Promise.all(products.rows.map((row) => app.call('products.get', { accountId, productId: row.productId })))
    const withErrors = details.filter((d) => d.details?.marketplace === 'ozon' && d.details.errors.length > 0)
    expect(withErrors.length).toBeGreaterThan(0)
  }, 60_000)

  it('meets an unknown, a revoked and an under-scoped key through the spec', async () => {
    expect(await refusalOf(randomUUID())).toBe('auth_failed')
    expect(await refusalOf(sandbox.mintKey({ deactivated: true }))).toBe('auth_failed')
    const warehousesOnly = await createCabinet(sandbox.mintKey({ roles: ['Warehouse'] }))
    expect(await app.call('accounts.checkConnection', { id: warehousesOnly })).toMatchObject({ ok: false, error: { code: 'access_denied' } })
    expect(await app.syncResource(warehousesOnly, 'warehouses')).toMatchObject({ status: 'succeeded' })
    expect(await app.syncResource(warehousesOnly, 'products')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^access_denied/) })
    const refusals = seller.exchanges.filter((e) => e.status === 403 || e.status === 404).map((e) => `${e.status} ${e.url}`)
    expect(refusals).toEqual(expect.arrayContaining(['404 /v1/roles', '403 /v1/roles', '403 /v3/product/list']))
    expect(violations()).toEqual([])
  }, 60_000)

  it('rides out a failing, a blocked and a rate-limited method, their rpcStatus answers in the spec', async () => {
    const failing = '/v3/product/list'
    const blocked = '/v4/product/info/stocks'
    const limited = '/v2/warehouse/list'
    sandbox.faults.inject({ kind: 'status5xx', status: 500, count: 1, path: failing })
    sandbox.faults.inject({ kind: 'circleOpen', count: 1, path: blocked })
    sandbox.faults.inject({ kind: 'status429', count: 1, path: limited })
    const runs = await app.syncAll(accountId)
    expect(runs.filter((r) => r.status !== 'succeeded').map((r) => `${r.resource}: ${r.status} ${JSON.stringify(r.error)}`)).toEqual([])
    const answered = seller.exchanges.filter((e) => e.status >= 500 || e.status === 429).map((e) => `${e.status} ${e.url}`)
    expect(answered).toEqual(expect.arrayContaining([`500 ${failing}`, `503 ${blocked}`, `429 ${limited}`]))
    expect(violations()).toEqual([])
  }, 120_000)

  it('refreshes, packs, labels and hands over FBS postings through the spec, a refused one reported beside the rest', async () => {
    // Ozon's filters are whole seconds: postings made this very second would wait for the next sync.
    clockAhead = -2_000
    const [first, second] = sandbox.addNewPostings(2)
    clockAhead = 0
    expect(await app.syncResource(accountId, 'orders')).toMatchObject({ status: 'succeeded' })
    const { rows } = await app.call('postings.listAwaiting', { stage: 'to_pack', page: 0, pageSize: 200 })
    expect(rows.map((row) => row.postingNumber)).toEqual(expect.arrayContaining([first, second]))
    const refreshed = await app.call('postings.refresh', { accountIds: [accountId] })
    expect(refreshed.failed).toEqual([])
    expect(refreshed.postings).toBeGreaterThanOrEqual(2)
    const packed = await app.call('postings.pack', { accountId, postings: [{ postingNumber: first! }, { postingNumber: second! }] })
    expect(packed.failed).toEqual([])
    expect(packed.packed.map((p) => p.postingNumber)).toEqual([first, second])

    clockAhead += 60_000
    const labels = await app.call('postings.labels', { accountId, postingNumbers: [first!, second!] })
    expect(labels.failed).toEqual([])
    expect(Buffer.from(labels.files[0]!.base64!, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF')

    // Only disputed postings go back to awaiting_deliver: a packed one is refused, and said so.
    const handOver = await app.call('postings.handOver', { accountId, postingNumbers: [first!] })
    expect(handOver.failed.map((f) => f.postingNumber)).toEqual([first])
    expect(violations()).toEqual([])
  }, 60_000)

  it('sent every method the app reads and writes through the spec, and nothing else', () => {
    const unknown = seller.exchanges.filter((e) => ozonRouteOf(e.method, e.url) === null).map((e) => `${e.method} ${e.url}`)
    expect(unknown).toEqual([])
    const seen = new Set(seller.exchanges.map((e) => ozonRouteOf(e.method, e.url)))
    expect(Object.keys(ozonReadPaths).filter((name) => !seen.has(name))).toEqual([])
    for (const path of [...Object.values(ozonFbsReadRoutes), ...Object.values(ozonFbsWriteRoutes)]) expect(seen.has(ozonRouteOf('POST', path)), path).toBe(true)
  })

  it('would see a violation: Prism refuses a request and an answer that break the spec', async () => {
    const { request, answer } = await runPrismControl({
      prismUrl: prism.url,
      badRequest: { path: '/v3/product/list', body: { filter: { visibility: 'ALL' }, last_id: '', limit: 'many' } },
      spec,
      startWrongAnswer: () => ozonAnswering([ok({ result: { items: [{ product_id: 'not a number' }], last_id: '' } })]),
      request: { path: '/v3/product/list', body: { filter: { visibility: 'ALL' }, last_id: '', limit: 10 } },
      headers: { 'Client-Id': sandbox.clientId, 'Api-Key': sandbox.apiKey, 'content-type': 'application/json' }
    })
    expect(request).toMatchObject({ status: 422 })
    expect(answer?.responseHeaders['sl-violations']).toContain('product_id')
    expect([request, answer].every((e) => e !== undefined && isViolation(e))).toBe(true)
  }, 120_000)

  /** Every answer Prism refused or flagged, and every violation it logged, as readable lines. */
  function violations(): string[] {
    const flagged = seller.exchanges
      .filter(isViolation)
      .map((e) => `${e.method} ${e.url} -> ${e.status} ${e.responseHeaders['sl-violations'] ?? e.errorBody}`)
    const logged = prism.log.filter((line) => /violation/i.test(line)).map((line) => `log: ${line}`)
    return [...flagged, ...logged]
  }
})

/**
 * The sandbox's own 5xx answers are rpcStatus JSON, which the faults test asks for; Prism's are problem+json and the
 * forwarding proxy's plain text.
 */
function isViolation(exchange: ForwardedExchange): boolean {
  if (exchange.responseHeaders['sl-violations'] !== undefined || exchange.status === 422) return true
  return exchange.status >= 500 && !String(exchange.responseHeaders['content-type']).startsWith('application/json')
}
