import type Database from 'better-sqlite3'
import { wbStocksChunk } from './limits'
import type { WbFbsStock } from './marketplace-types'
import { prepared } from '../../db/prepared'

const upsertSql = `
INSERT INTO wb_fbs_stocks (account_id, warehouse_id, chrt_id, amount, synced_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (account_id, warehouse_id, chrt_id) DO UPDATE SET amount = excluded.amount, synced_at = excluded.synced_at`

const deleteStaleSql = 'DELETE FROM wb_fbs_stocks WHERE account_id = ? AND synced_at <> ?'

const sellerWarehousesSql = `
SELECT warehouse_id AS warehouseId FROM wb_warehouses
WHERE account_id = ? AND kind = 'seller' AND is_active = 1 AND warehouse_id >= ?
ORDER BY warehouse_id`

const chrtIdsAfterSql = 'SELECT chrt_id FROM wb_product_sizes WHERE account_id = ? AND chrt_id > ? ORDER BY chrt_id LIMIT ?'

/** A run's position: the chunk of sizes after `afterChrtId` on `warehouseId` comes next. */
export interface FbsStocksPosition {
  warehouseId: number
  afterChrtId: number
}

export interface FbsStocksChunk {
  warehouseId: number
  chrtIds: number[]
}

/** The next chunk of size IDs to ask about, walking the seller's warehouses and the sizes in ID order. */
export function nextFbsStocksChunk(sqlite: Database.Database, accountId: string, from: FbsStocksPosition): FbsStocksChunk | null {
  const warehouses = prepared(sqlite, sellerWarehousesSql).all(accountId, from.warehouseId) as Array<{ warehouseId: number }>
  const chrtIdsAfter = prepared(sqlite, chrtIdsAfterSql).pluck()
  for (const { warehouseId } of warehouses) {
    const after = warehouseId === from.warehouseId ? from.afterChrtId : 0
    const chrtIds = chrtIdsAfter.all(accountId, after, wbStocksChunk) as number[]
    if (chrtIds.length > 0) return { warehouseId, chrtIds }
  }
  return null
}

/** Stamps each row with the run's generation, which tells the run's rows from stale ones at the end. */
export function upsertFbsStocks(
  sqlite: Database.Database,
  accountId: string,
  warehouseId: number,
  stocks: readonly WbFbsStock[],
  generation: string
): number {
  const upsert = prepared(sqlite, upsertSql)
  for (const s of stocks) upsert.run(accountId, warehouseId, s.chrtId, s.amount, generation)
  return stocks.length
}

/** Rows the finished run did not write: sizes or warehouses WB no longer has stock records for. */
export function deleteStaleFbsStocks(sqlite: Database.Database, accountId: string, generation: string): void {
  prepared(sqlite, deleteStaleSql).run(accountId, generation)
}
