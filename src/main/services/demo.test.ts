import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startCoreHarness, type CoreHarness } from '../../test-support/core-harness'
import { tempDataDir } from '../../test-support/temp'

const sort = { field: 'productId', dir: 'asc' } as const

async function syncDemoProducts(h: CoreHarness): Promise<void> {
  const demos = await h.call('accounts.createDemo', {})
  for (const demo of demos) await h.call('sync.start', { accountId: demo.id, resources: ['products'] })
  for (;;) {
    const statuses = await h.call('sync.status', {})
    if (statuses.length === demos.length && statuses.every((status) => !status.running)) break
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('demo mode', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('gives one clearly marked demo cabinet per marketplace, each backed by its built-in sandbox', async () => {
    const h = await startCoreHarness()
    cleanups.push(() => h.close())
    const demos = await h.call('accounts.createDemo', {})
    expect(demos).toMatchObject([
      { isDemo: true, marketplace: 'wildberries', name: 'Демо-кабинет Wildberries', secrets: { token: { set: true, last4: null } } },
      { isDemo: true, marketplace: 'ozon', name: 'Демо-кабинет Ozon', secrets: { apiKey: { set: true, last4: null } } }
    ])
    expect((await h.call('accounts.createDemo', {})).map((demo) => demo.id)).toEqual(demos.map((demo) => demo.id))
    expect(await h.call('accounts.list', {})).toHaveLength(2)
    for (const demo of demos) expect(await h.call('accounts.checkConnection', { id: demo.id })).toMatchObject({ ok: true })
  })

  it('keeps demo photos loadable when the sandbox comes back on another port', { timeout: 60_000 }, async () => {
    const temp = tempDataDir()
    cleanups.push(temp.cleanup)
    const first = await startCoreHarness({ dataDir: temp.dir })
    await syncDemoProducts(first)
    const before = await Promise.all(
      (['wildberries', 'ozon'] as const).map(async (marketplace) => (await first.call('products.list', { sort, page: 0, pageSize: 10, marketplaces: [marketplace] })).rows[0]!)
    )
    await first.close()

    const squatters = before.map((row) => createServer().listen(Number(new URL(row.thumbnailUrl!).port), '127.0.0.1'))
    cleanups.push(async () => {
      await Promise.all(squatters.map((squatter) => new Promise<void>((r) => squatter.close(() => r()))))
    })

    const second = await startCoreHarness({ dataDir: temp.dir })
    cleanups.push(() => second.close())
    for (const row of before) {
      const detail = await second.call('products.get', { accountId: row.accountId, productId: row.productId })
      expect(new URL(detail.photos[0]!.big).origin).not.toBe(new URL(row.thumbnailUrl!).origin)
      const photo = await fetch(detail.photos[0]!.big)
      expect(photo.status).toBe(200)
      expect(photo.headers.get('content-type')).toContain('image/svg+xml')
    }
    const { demoSandboxOrigins } = await second.call('app.status', {})
    expect(demoSandboxOrigins).toHaveLength(2)
  })
})
