import { afterEach, describe, expect, it } from 'vitest'
import { writeCursor } from '../../db/queries/sync-runs'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'
import type { WbWarehouseStock } from './analytics-types'

/** SQLite's ORDER BY of text: by code unit, as `<` compares. */
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const stockOrder = (a: { warehouse_external_id: string; offer_external_id: string }, b: typeof a) =>
  textOrder(a.warehouse_external_id, b.warehouse_external_id) || textOrder(a.offer_external_id, b.offer_external_id)

describe('FBS stocks sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  const stockRequests = () => bench.requests.filter((r) => r.path.startsWith('/api/v3/stocks/'))
  const sellerWarehouses = () =>
    bench
      .rows<{ warehouse_id: number }>("SELECT warehouse_id FROM wb_warehouse_details WHERE kind = 'seller' ORDER BY warehouse_id")
      .map((r) => r.warehouse_id)
  /** The mirrored sizes' chrtIDs, in number order (offers keep them as text). */
  const chrtIdsOfOffers = () =>
    bench
      .rows<{ external_id: string }>('SELECT external_id FROM offers')
      .map((r) => Number(r.external_id))
      .sort((a, b) => a - b)
  const sellerStocks = () =>
    bench.rows(
      "SELECT warehouse_external_id, offer_external_id, available FROM stock_levels WHERE held_by = 'seller' ORDER BY warehouse_external_id, offer_external_id"
    )

  it('asks for every size on every seller warehouse, 1000 chrtIDs per request, in size order', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 1100 } })
    const runs = await bench.sync(['products', 'warehouses', 'fbs_stocks'])
    expect(runs.get('fbs_stocks')?.status).toBe('succeeded')
    const chrtIds = chrtIdsOfOffers()
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
    const answered = stockRequests().flatMap((r) =>
      'body' in r.outcome
        ? (r.outcome.body as { stocks: Array<{ chrtId: number; amount: number }> }).stocks.map((stock) => ({
            warehouse_external_id: `seller:${r.path.split('/').at(-1)}`,
            offer_external_id: String(stock.chrtId),
            available: stock.amount
          }))
        : []
    )
    expect(answered.length).toBeGreaterThan(0)
    expect(sellerStocks()).toEqual(answered.sort(stockOrder))
    expect(bench.rows("SELECT count(*) AS n FROM stock_levels WHERE held_by <> 'seller' OR marketplace <> 'wildberries'")).toEqual([{ n: 0 }])
  })

  it('resumes from the chunk after the cursor, keeping what the interrupted run wrote and dropping stale rows', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 1100 } })
    await bench.sync(['products', 'warehouses', 'fbs_stocks'])
    const complete = sellerStocks()
    expect(complete.length).toBeGreaterThan(0)
    const [firstWarehouse, secondWarehouse] = sellerWarehouses() as [number, number]
    const afterChrtId = chrtIdsOfOffers()[999]!
    // An earlier run died after the first chunk of the first warehouse; a warehouse's row from before it is stale.
    const generation = '2026-11-28T10:00:00.000Z'
    const kept = bench.mirror.sqlite
      .prepare("UPDATE stock_levels SET synced_at = ? WHERE held_by = 'seller' AND warehouse_external_id = ? AND CAST(offer_external_id AS INTEGER) <= ?")
      .run(generation, `seller:${firstWarehouse}`, afterChrtId)
    expect(kept.changes).toBeGreaterThan(0)
    const insertStock = bench.mirror.sqlite.prepare(
      `INSERT INTO stock_levels (account_id, warehouse_external_id, offer_external_id, marketplace, held_by, available, synced_at)
       VALUES (?, ?, '1', 'wildberries', ?, 5, '2026-01-01T00:00:00.000Z')`
    )
    insertStock.run(bench.account.id, `seller:${secondWarehouse}`, 'seller')
    // A WB-warehouse stock shares the table and is the other job's to replace: this one must leave it.
    insertStock.run(bench.account.id, 'wb:1', 'marketplace')
    writeCursor(bench.mirror.db, bench.account.id, 'fbs_stocks', { generation, warehouseId: firstWarehouse, afterChrtId }, generation)
    bench.requests.length = 0

    expect((await bench.sync(['fbs_stocks'])).get('fbs_stocks')?.status).toBe('succeeded')
    const first = stockRequests()[0]!
    expect(first.path).toBe(`/api/v3/stocks/${firstWarehouse}`)
    expect((first.json as { chrtIds: number[] }).chrtIds[0]).toBeGreaterThan(afterChrtId)
    expect(sellerStocks()).toEqual(complete)
    expect(bench.rows("SELECT DISTINCT synced_at FROM stock_levels WHERE held_by = 'seller'")).toEqual([{ synced_at: generation }])
    expect(bench.rows("SELECT warehouse_external_id, offer_external_id, available FROM stock_levels WHERE held_by = 'marketplace'")).toEqual([
      { warehouse_external_id: 'wb:1', offer_external_id: '1', available: 5 }
    ])
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
    const items = (report.outcome as { body: { data: { items: WbWarehouseStock[] } } }).body.data.items
    expect(items.length).toBeGreaterThan(0)
    const marketplaceStocks = () =>
      bench.rows(
        `SELECT warehouse_external_id, offer_external_id, warehouse_name, available, in_way_to_client, in_way_from_client
         FROM stock_levels WHERE held_by = 'marketplace' ORDER BY warehouse_external_id, offer_external_id`
      )
    const reported = items
      .map((i) => ({
        warehouse_external_id: `wb:${i.warehouseId}`,
        offer_external_id: String(i.chrtId),
        warehouse_name: i.warehouseName,
        available: i.quantity,
        in_way_to_client: i.inWayToClient ?? 0,
        in_way_from_client: i.inWayFromClient ?? 0
      }))
      .sort(stockOrder)
    expect(marketplaceStocks()).toEqual(reported)
    expect(items.some((i) => i.quantity > 0)).toBe(true)

    const insertStock = bench.mirror.sqlite.prepare(
      `INSERT INTO stock_levels (account_id, warehouse_external_id, offer_external_id, marketplace, held_by, warehouse_name, available, synced_at)
       VALUES (?, ?, '1', 'wildberries', ?, 'Старый', 3, 'x')`
    )
    insertStock.run(bench.account.id, 'wb:1', 'marketplace')
    // The seller's own stock shares the table and is the FBS job's to replace: this snapshot must leave it.
    insertStock.run(bench.account.id, 'seller:1', 'seller')
    await bench.sync(['wb_stocks'])
    expect(marketplaceStocks()).toEqual(reported)
    expect(bench.rows("SELECT warehouse_external_id, available FROM stock_levels WHERE held_by = 'seller'")).toEqual([
      { warehouse_external_id: 'seller:1', available: 3 }
    ])
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
