import type Database from 'better-sqlite3'
import type { WbWarehouseStock } from './analytics-types'
import { prepared } from '../../db/prepared'

const upsertSql = `
INSERT INTO wb_wb_stocks (
  account_id, warehouse_id, chrt_id, nm_id, warehouse_name, region_name, quantity, in_way_to_client, in_way_from_client, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, warehouse_id, chrt_id) DO UPDATE SET
  nm_id = excluded.nm_id, warehouse_name = excluded.warehouse_name, region_name = excluded.region_name,
  quantity = excluded.quantity, in_way_to_client = excluded.in_way_to_client,
  in_way_from_client = excluded.in_way_from_client, synced_at = excluded.synced_at`

const deleteStaleSql = 'DELETE FROM wb_wb_stocks WHERE account_id = ? AND synced_at <> ?'

/** Stamps each row with the run's generation, which tells the run's rows from stale ones at the end. */
export function upsertWbStocks(sqlite: Database.Database, accountId: string, items: readonly WbWarehouseStock[], generation: string): number {
  const upsert = prepared(sqlite, upsertSql)
  for (const i of items) {
    upsert.run(
      accountId,
      i.warehouseId,
      i.chrtId,
      i.nmId,
      i.warehouseName,
      i.regionName ?? '',
      i.quantity,
      i.inWayToClient ?? 0,
      i.inWayFromClient ?? 0,
      generation
    )
  }
  return items.length
}

export function deleteStaleWbStocks(sqlite: Database.Database, accountId: string, generation: string): void {
  prepared(sqlite, deleteStaleSql).run(accountId, generation)
}
