import { afterEach, describe, expect, it } from 'vitest'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

describe('warehouses sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  const kinds = () =>
    Object.fromEntries(
      bench.rows<{ kind: string; n: number }>('SELECT kind, count(*) AS n FROM wb_warehouses GROUP BY kind').map((r) => [r.kind, r.n])
    )

  it('mirrors the seller’s warehouses, WB’s offices and WB’s own warehouses', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 10 } })
    expect((await bench.sync(['warehouses'])).get('warehouses')?.status).toBe('succeeded')
    const sellers = bench.requests.find((r) => r.path === '/api/v3/warehouses')?.outcome as { body: Array<{ id: number; officeId: number }> }
    expect(kinds()).toMatchObject({ seller: sellers.body.length })
    expect(kinds().office).toBeGreaterThan(0)
    expect(kinds().wb).toBeGreaterThan(0)
    const seller = bench.rows<{ warehouse_id: number; office_id: number; is_active: number }>(
      "SELECT warehouse_id, office_id, is_active FROM wb_warehouses WHERE kind = 'seller' ORDER BY warehouse_id"
    )
    expect(seller).toEqual(
      sellers.body
        .map((w) => ({ warehouse_id: w.id, office_id: w.officeId, is_active: 1 }))
        .sort((a, b) => a.warehouse_id - b.warehouse_id)
    )
  })

  it('removes warehouses WB no longer lists, of every kind, and nothing else', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 10 } })
    await bench.sync(['warehouses'])
    const current = kinds()
    const insert = bench.mirror.sqlite.prepare(
      "INSERT INTO wb_warehouses (account_id, kind, warehouse_id, name, synced_at) VALUES (?, ?, 999999, 'Закрытый склад', '2020-01-01T00:00:00.000Z')"
    )
    for (const kind of ['seller', 'office', 'wb']) insert.run(bench.account.id, kind)
    await bench.sync(['warehouses'])
    expect(kinds()).toEqual(current)
  })

  it('skips WB’s warehouses for a token without the supplies category', async () => {
    bench = await startWbTestBench({
      sandbox: { cardCount: 10 },
      token: (sandbox) => sandbox.mintToken({ categories: ['content', 'marketplace'] })
    })
    expect((await bench.sync(['warehouses'])).get('warehouses')?.status).toBe('succeeded')
    expect(kinds().wb).toBeUndefined()
    expect(bench.requests.some((r) => r.path === '/api/v1/warehouses')).toBe(false)
  })

  it('fails for a token without the marketplace category before asking WB', async () => {
    bench = await startWbTestBench({
      sandbox: { cardCount: 10 },
      token: (sandbox) => sandbox.mintToken({ categories: ['content', 'supplies'] })
    })
    const run = (await bench.sync(['warehouses'])).get('warehouses')
    expect(run).toMatchObject({ status: 'failed', error: { code: 'access_denied', params: { category: 'marketplace' } } })
    expect(bench.requests).toHaveLength(0)
  })
})
