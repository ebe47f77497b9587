import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startCoreHarness, type CoreHarness } from '../../test-support/core-harness'
import { tempDataDir } from '../../test-support/temp'

const sort = { field: 'productId', dir: 'asc' } as const

async function syncDemo(h: CoreHarness): Promise<string> {
  const demo = await h.call('accounts.createDemo', {})
  await h.call('sync.start', { accountId: demo.id, resources: ['products'] })
  for (;;) {
    const [status] = await h.call('sync.status', {})
    if (status && !status.running) break
    await new Promise((r) => setTimeout(r, 50))
  }
  return demo.id
}

describe('demo mode', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('gives one clearly marked demo cabinet backed by the built-in sandbox', async () => {
    const h = await startCoreHarness()
    cleanups.push(() => h.close())
    const demo = await h.call('accounts.createDemo', {})
    expect(demo).toMatchObject({ isDemo: true, marketplace: 'wildberries', secrets: { token: { set: true, last4: null } } })
    expect((await h.call('accounts.createDemo', {})).id).toBe(demo.id)
    expect(await h.call('accounts.list', {})).toHaveLength(1)
  })

  it('keeps demo photos loadable when the sandbox comes back on another port', { timeout: 60_000 }, async () => {
    const temp = tempDataDir()
    cleanups.push(temp.cleanup)
    const first = await startCoreHarness({ dataDir: temp.dir })
    const accountId = await syncDemo(first)
    const [before] = (await first.call('products.list', { sort, page: 0, pageSize: 10 })).rows
    await first.close()

    const oldOrigin = new URL(before!.thumbnailUrl!).origin
    const squatter = createServer().listen(Number(new URL(oldOrigin).port), '127.0.0.1')
    cleanups.push(() => new Promise<void>((r) => squatter.close(() => r())))

    const second = await startCoreHarness({ dataDir: temp.dir })
    cleanups.push(() => second.close())
    const detail = await second.call('products.get', { accountId, productId: before!.productId })
    const newOrigin = new URL(detail.photos[0]!.big).origin
    expect(newOrigin).not.toBe(oldOrigin)
    const photo = await fetch(detail.photos[0]!.big)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toContain('image/svg+xml')
  })
})
