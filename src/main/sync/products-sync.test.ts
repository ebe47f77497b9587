import { afterEach, describe, expect, it } from 'vitest'
import type { SyncProgress } from '../../shared/domain/sync'
import { startCoreHarness, type CoreHarness } from '../../test-support/core-harness'

const sort = { field: 'productId', dir: 'asc' } as const

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 25))
  }
}

async function syncToEnd(h: CoreHarness, accountId: string) {
  expect(await h.call('sync.start', { accountId, resources: ['products'] })).toEqual({ started: true })
  return waitFor(async () => {
    const [status] = (await h.call('sync.status', {})).filter((s) => s.accountId === accountId)
    return status && !status.running ? status : undefined
  })
}

const progressOf = (h: CoreHarness) =>
  h.events.filter(([name]) => name === 'sync.progress').map(([, payload]) => payload as SyncProgress)

describe('Wildberries products sync through the core', () => {
  let h: CoreHarness
  afterEach(async () => h?.close())

  async function cabinet(token = h.sandbox.token) {
    return h.call('accounts.create', { marketplace: 'wildberries', name: 'Мой магазин', fields: { token } })
  }

  it('mirrors every card in whole pages, records the run and pushes progress', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 730, rateLimits: false } })
    const account = await cabinet()
    const status = await syncToEnd(h, account.id)

    expect(status.lastRuns[0]).toMatchObject({ resource: 'products', status: 'succeeded', rows: 730, error: null })
    expect(status.offline).toBe(false)
    expect(status.lastSucceededAt).not.toBeNull()
    const page = await h.call('products.list', { sort, page: 0, pageSize: 200 })
    expect(page.total).toBe(730)
    expect(new Set(page.rows.map((r) => r.productId)).size).toBe(200)
    expect(page.rows.every((r) => r.marketplace === 'wildberries' && /^\d+$/.test(r.productId))).toBe(true)

    const progress = progressOf(h)
    const rowsSeen = progress.filter((p) => p.status === 'running').map((p) => p.rows)
    expect(rowsSeen).toEqual([...rowsSeen].sort((a, b) => a - b))
    expect(rowsSeen.filter((r) => r > 0).every((r) => r % 100 === 0 || r === 730)).toBe(true)
    expect(progress.at(-1)).toMatchObject({ status: 'succeeded', rows: 730, pages: 8, requests: 8 })
    expect(h.events.some(([name, payload]) => name === 'data.changed' && (payload as { datasets: string[] }).datasets.includes('products'))).toBe(true)
  })

  it('re-syncs only what changed, updating rows instead of duplicating them', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 250, rateLimits: false } })
    const account = await cabinet()
    await syncToEnd(h, account.id)
    const touched = h.sandbox.touchCards(3)
    const before = await Promise.all(touched.map((nmId) => h.call('products.get', { accountId: account.id, productId: String(nmId) })))

    const status = await syncToEnd(h, account.id)
    expect(status.lastRuns[0]).toMatchObject({ status: 'succeeded', rows: 3 })
    expect((await h.call('products.list', { sort, page: 0, pageSize: 10 })).total).toBe(250)
    const after = await Promise.all(touched.map((nmId) => h.call('products.get', { accountId: account.id, productId: String(nmId) })))
    after.forEach((product, i) => {
      expect(product.productId).toBe(String(touched[i]))
      expect(product.offers).toEqual(before[i]!.offers)
      expect(product.offers.length).toBeGreaterThan(0)
      expect(Date.parse(product.updatedAt)).toBeGreaterThan(Date.parse(before[i]!.updatedAt))
    })
  })

  it('keeps the pages committed before a failure and resumes after them', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 950, rateLimits: false } })
    const account = await cabinet()
    // The fourth cards page breaks, however fast the first three went.
    h.sandbox.faults.inject({ kind: 'malformedBody', after: 3 })
    await h.call('sync.start', { accountId: account.id, resources: ['products'] })
    const failed = await waitFor(async () => {
      const [s] = await h.call('sync.status', {})
      return s && !s.running ? s : undefined
    })
    h.sandbox.faults.clear()

    const failedRun = failed.lastRuns[0]!
    expect(failedRun.status).toBe('failed')
    expect(failedRun.error?.code).toBe('malformed_response')
    expect(failedRun.rows).toBe(300)
    expect((await h.call('products.list', { sort, page: 0, pageSize: 10 })).total).toBe(failedRun.rows)

    const resumed = await syncToEnd(h, account.id)
    expect(resumed.lastRuns[0]).toMatchObject({ status: 'succeeded', rows: 950 - failedRun.rows })
    expect((await h.call('products.list', { sort, page: 0, pageSize: 10 })).total).toBe(950)
  })

  it('reports a token WB rejects as auth_failed and stores nothing', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 50, rateLimits: false } })
    const forged = `${h.sandbox.token.slice(0, -6)}AAAAAA`
    const account = await cabinet(forged)
    const status = await syncToEnd(h, account.id)
    expect(status.lastRuns[0]).toMatchObject({ status: 'failed', error: { code: 'auth_failed' } })
    expect(status.offline).toBe(false)
    expect((await h.call('products.list', { sort, page: 0, pageSize: 10 })).total).toBe(0)
  })

  it('works offline: the mirror stays readable and a failed sync says the network is gone', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 120, rateLimits: false } })
    const account = await cabinet()
    await syncToEnd(h, account.id)
    await h.sandbox.close()

    const status = await syncToEnd(h, account.id)
    expect(status.lastRuns[0]?.error?.code).toBe('network_unreachable')
    expect(status.offline).toBe(true)
    expect((await h.call('products.list', { search: '', sort, page: 0, pageSize: 50 })).total).toBe(120)
  })

  it('syncs only what the cabinet\'s marketplace declares, and lists it with the cabinet\'s status', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 10, rateLimits: false } })
    const account = await cabinet()
    await expect(h.call('sync.start', { accountId: account.id, resources: ['products', 'ozon_postings'] })).rejects.toMatchObject({
      code: 'invalid_input',
      params: { field: 'resources', unknown: 'ozon_postings' }
    })
    const [status] = await h.call('sync.status', {})
    expect(status?.resources).toEqual(['products', 'warehouses', 'fbs_stocks', 'wb_stocks', 'fbs_orders', 'fbs_supplies', 'orders', 'sales', 'fbw_supplies'])
    expect(status?.lastRuns).toEqual([])
  })

  it('refuses a second sync of the same cabinet while one runs, and cancels on request', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 2000, rateLimits: false } })
    const account = await cabinet()
    h.sandbox.faults.inject({ kind: 'latencyMs', ms: 300 })
    expect(await h.call('sync.start', { accountId: account.id, resources: ['products'] })).toEqual({ started: true })
    expect(await h.call('sync.start', { accountId: account.id, resources: ['products'] })).toEqual({ started: false })
    expect(await h.call('sync.cancel', { accountId: account.id })).toEqual({ cancelled: true })
    const status = await waitFor(async () => {
      const [s] = await h.call('sync.status', {})
      return s && !s.running ? s : undefined
    })
    expect(status.lastRuns[0]?.status).toBe('cancelled')
  })
})
