import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import { wbStocksChunk } from './limits'
import type { WbFbsStock } from './marketplace-types'
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
SELECT CAST(external_id AS INTEGER) AS chrtId FROM offers
WHERE account_id = ? AND CAST(external_id AS INTEGER) > ? ORDER BY chrtId LIMIT ?`

/** A run's position: the chunk of sizes after `afterChrtId` on `warehouseId` comes next. */
export interface FbsStocksPosition {
  warehouseId: number
  afterChrtId: number
}

export interface FbsStocksChunk {
  warehouseId: number
  chrtIds: number[]
}

/** The seller's active warehouses from `fromWarehouseId` on, in ID order: rows of `{ warehouseId }`. */
export function sellerWarehousesFrom(accountId: string, fromWarehouseId: number): MirrorRead {
  return { sql: sellerWarehousesSql, params: [accountId, fromWarehouseId] }
}

/** The next chunk of the account's size IDs after `afterChrtId`, in ID order: rows of `{ chrtId }`. */
export function chrtIdsAfter(accountId: string, afterChrtId: number): MirrorRead {
  return { sql: chrtIdsAfterSql, params: [accountId, afterChrtId, wbStocksChunk] }
}

/** Stamps each row with the run's generation, which tells the run's rows from stale ones at the end. */
export function fbsStocksPageWrite(accountId: string, warehouseId: number, stocks: readonly WbFbsStock[], generation: string): PageWrite {
  const warehouse = wbWarehouseExternalId('seller', warehouseId)
  return { steps: [{ sql: upsertSql, params: stocks.map((s) => [accountId, warehouse, String(s.chrtId), s.amount, generation]) }], rows: stocks.length }
}

/** Rows the finished run did not write: sizes or warehouses WB no longer has stock records for. */
export function staleFbsStocksDeletion(accountId: string, generation: string): PageWrite {
  return { steps: [{ sql: deleteStaleSql, params: [[accountId, generation]] }], rows: 0 }
}
