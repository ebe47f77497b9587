import { afterEach, describe, expect, it } from 'vitest'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'

type SentWarehouse = { warehouse_id: number; name: string; status: string }

describe('Ozon warehouses sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const sent = () =>
    bench.requests
      .filter((r) => r.path === '/v2/warehouse/list' && 'body' in r.outcome)
      .flatMap((r) => (r.outcome as { body: { warehouses: SentWarehouse[] } }).body.warehouses)

  it('mirrors every seller warehouse Ozon lists and one row for Ozon’s own', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 10, postings: 0 } })
    expect((await bench.sync(['warehouses'])).get('warehouses')?.status).toBe('succeeded')
    const listed = sent()
    expect(listed.length).toBeGreaterThan(0)
    expect(bench.rows('SELECT external_id, role, name, is_active FROM warehouses ORDER BY role, external_id')).toEqual([
      { external_id: 'fbo', role: 'marketplace', name: 'Склады Ozon', is_active: 1 },
      ...listed
        .map((w) => ({ external_id: String(w.warehouse_id), role: 'seller', name: w.name, is_active: w.status === 'disabled' || w.status === 'blocked' ? 0 : 1 }))
        .sort((a, b) => a.external_id.localeCompare(b.external_id))
    ])
  })

  it('removes warehouses Ozon no longer lists, and changes nothing else on a re-sync', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 10, postings: 0 } })
    await bench.sync(['warehouses'])
    const before = bench.rows('SELECT * FROM warehouses ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))
    bench.mirror.sqlite
      .prepare("INSERT INTO warehouses (account_id, external_id, marketplace, role, name, synced_at) VALUES (?, '999', 'ozon', 'seller', 'Закрытый', '2020-01-01T00:00:00.000Z')")
      .run(bench.account.id)
    await bench.sync(['warehouses'])
    expect(bench.rows('SELECT * FROM warehouses ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))).toEqual(before)
  })
})
