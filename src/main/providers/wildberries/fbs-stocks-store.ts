import type Database from 'better-sqlite3'
import { wbStocksChunk } from './limits'
import type { WbFbsStock } from './marketplace-types'
import { prepared } from '../../db/prepared'
import { wbWarehouseExternalId } from './warehouses-store'

const upsertSql = `
INSERT INTO stock_levels (account_id, warehouse_external_id, offer_external_id, marketplace, held_by, available, synced_at)
VALUES (?, ?, ?, 'wildberries', 'seller', ?, ?)
ON CONFLICT (account_id, warehouse_external_id, offer_external_id) DO UPDATE SET
  available = excluded.available, synced_at = excluded.synced_at`

const deleteStaleSql = "DELETE FROM stock_levels WHERE account_id = ? AND held_by = 'seller' AND synced_at <> ?"

const sellerWarehousesSql = `
SELECT d.warehouse_id AS warehouseId FROM wb_warehouse_details d
JOIN warehouses w ON w.account_id = d.account_id AND w.external_id = d.external_id
WHERE d.account_id = ? AND d.kind = 'seller' AND w.is_active = 1 AND d.warehouse_id >= ?
ORDER BY d.warehouse_id`

// Offer ids are text in the neutral table; WB's chrtIDs are walked as the numbers the cursor holds.
const chrtIdsAfterSql = `
SELECT CAST(external_id AS INTEGER) AS chrt_id FROM offers
WHERE account_id = ? AND CAST(external_id AS INTEGER) > ? ORDER BY chrt_id LIMIT ?`

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
  const warehouse = wbWarehouseExternalId('seller', warehouseId)
  for (const s of stocks) upsert.run(accountId, warehouse, String(s.chrtId), s.amount, generation)
  return stocks.length
}

/** Rows the finished run did not write: sizes or warehouses WB no longer has stock records for. */
export function deleteStaleFbsStocks(sqlite: Database.Database, accountId: string, generation: string): void {
  prepared(sqlite, deleteStaleSql).run(accountId, generation)
}
