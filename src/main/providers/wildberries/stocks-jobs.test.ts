import { afterEach, describe, expect, it } from 'vitest'
import { writeCursor } from '../../db/queries/sync-runs'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

describe('FBS stocks sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  const stockRequests = () => bench.requests.filter((r) => r.path.startsWith('/api/v3/stocks/'))
  const sellerWarehouses = () =>
    bench.rows<{ warehouse_id: number }>("SELECT warehouse_id FROM wb_warehouses WHERE kind = 'seller' ORDER BY warehouse_id").map(
      (r) => r.warehouse_id
    )

  it('asks for every size on every seller warehouse, 1000 chrtIDs per request, in size order', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 1100 } })
    const runs = await bench.sync(['products', 'warehouses', 'fbs_stocks'])
    expect(runs.get('fbs_stocks')?.status).toBe('succeeded')
    const chrtIds = bench.rows<{ chrt_id: number }>('SELECT chrt_id FROM wb_product_sizes ORDER BY chrt_id').map((r) => r.chrt_id)
    expect(chrtIds.length).toBeGreaterThan(2000)
    const chunks = Math.ceil(chrtIds.length / 1000)
    const warehouses = sellerWarehouses()
    expect(stockRequests()).toHaveLength(warehouses.length * chunks)
    for (const [w, warehouseId] of warehouses.entries()) {
      const asked = stockRequests().slice(w * chunks, (w + 1) * chunks)
      expect(asked.every((r) => r.path === `/api/v3/stocks/${warehouseId}`)).toBe(true)
      expect(asked.map((r) => (r.json as { chrtIds: number[] }).chrtIds.length).every((n) => n <= 1000)).toBe(true)
      expect(asked.flatMap((r) => (r.json as { chrtIds: number[] }).chrtIds)).toEqual(chrtIds)
    }
    const answered = stockRequests().reduce((n, r) => n + ('body' in r.outcome ? (r.outcome.body as { stocks: unknown[] }).stocks.length : 0), 0)
    expect(bench.count('wb_fbs_stocks')).toBe(answered)
  })

  it('resumes from the chunk after the cursor, keeping what the interrupted run wrote and dropping stale rows', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 1100 } })
    await bench.sync(['products', 'warehouses', 'fbs_stocks'])
    const complete = bench.rows('SELECT warehouse_id, chrt_id, amount FROM wb_fbs_stocks ORDER BY warehouse_id, chrt_id')
    const [firstWarehouse, secondWarehouse] = sellerWarehouses() as [number, number]
    const afterChrtId = bench.rows<{ chrt_id: number }>('SELECT chrt_id FROM wb_product_sizes ORDER BY chrt_id LIMIT 1 OFFSET 999')[0]!.chrt_id
    // An earlier run died after the first chunk of the first warehouse; a warehouse's row from before it is stale.
    const generation = '2026-11-28T10:00:00.000Z'
    bench.mirror.sqlite
      .prepare("UPDATE wb_fbs_stocks SET synced_at = ? WHERE warehouse_id = ? AND chrt_id <= ?")
      .run(generation, firstWarehouse, afterChrtId)
    bench.mirror.sqlite
      .prepare("INSERT INTO wb_fbs_stocks (account_id, warehouse_id, chrt_id, amount, synced_at) VALUES (?, ?, 1, 5, '2026-01-01T00:00:00.000Z')")
      .run(bench.account.id, secondWarehouse)
    writeCursor(bench.mirror.db, bench.account.id, 'fbs_stocks', { generation, warehouseId: firstWarehouse, afterChrtId }, generation)
    bench.requests.length = 0

    expect((await bench.sync(['fbs_stocks'])).get('fbs_stocks')?.status).toBe('succeeded')
    const first = stockRequests()[0]!
    expect(first.path).toBe(`/api/v3/stocks/${firstWarehouse}`)
    expect((first.json as { chrtIds: number[] }).chrtIds[0]).toBeGreaterThan(afterChrtId)
    expect(bench.rows('SELECT warehouse_id, chrt_id, amount FROM wb_fbs_stocks ORDER BY warehouse_id, chrt_id')).toEqual(complete)
    expect(bench.rows('SELECT DISTINCT synced_at FROM wb_fbs_stocks')).toEqual([{ synced_at: generation }])
  })
})

describe('WB-warehouse stocks sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('mirrors the report as a snapshot: rows WB stopped reporting go', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 200 } })
    await bench.sync(['products', 'wb_stocks'])
    const report = bench.requests.find((r) => r.path === '/api/analytics/v1/stocks-report/wb-warehouses')!
    expect(report.json).toEqual({ limit: 250_000, offset: 0 })
    const items = (report.outcome as { body: { data: { items: unknown[] } } }).body.data.items
    expect(items.length).toBeGreaterThan(0)
    expect(bench.count('wb_wb_stocks')).toBe(items.length)

    bench.mirror.sqlite
      .prepare(
        "INSERT INTO wb_wb_stocks (account_id, warehouse_id, chrt_id, nm_id, warehouse_name, quantity, synced_at) VALUES (?, 1, 1, 1, 'Старый', 3, 'x')"
      )
      .run(bench.account.id)
    await bench.sync(['wb_stocks'])
    expect(bench.count('wb_wb_stocks')).toBe(items.length)
  })

  it('refuses a basic token without a request, asking for a personal token', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 20 }, token: (sandbox) => sandbox.mintToken({ kind: 'basic' }) })
    expect(bench.account.tokenKind).toBe('basic')
    const run = (await bench.sync(['wb_stocks'])).get('wb_stocks')
    expect(run).toMatchObject({ status: 'failed', error: { code: 'access_denied', params: { reason: 'basic_token' } } })
    expect(run?.error?.message).toMatch(/Базовому токену.*персональный токен/)
    expect(bench.requests).toHaveLength(0)
    expect(bench.sandbox.stats().requests['POST /api/analytics/v1/stocks-report/wb-warehouses']).toBeUndefined()
  })
})
