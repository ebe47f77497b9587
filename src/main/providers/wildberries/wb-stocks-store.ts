import type { PageWrite } from '../../sync/page-write'
import type { WbWarehouseStock } from './analytics-types'
import { wbWarehouseExternalId } from './warehouses-store'

const upsertSql = `
INSERT INTO stock_levels (
  account_id, warehouse_external_id, offer_external_id, marketplace, held_by, warehouse_name, available,
  in_way_to_client, in_way_from_client, synced_at
) VALUES (?, ?, ?, 'wildberries', 'marketplace', ?, ?, ?, ?, ?)
ON CONFLICT (account_id, warehouse_external_id, offer_external_id) DO UPDATE SET
  warehouse_name = excluded.warehouse_name, available = excluded.available,
  in_way_to_client = excluded.in_way_to_client, in_way_from_client = excluded.in_way_from_client,
  synced_at = excluded.synced_at`

const deleteStaleSql = "DELETE FROM stock_levels WHERE account_id = ? AND held_by = 'marketplace' AND synced_at <> ?"

/** Stamps each row with the run's generation, which tells the run's rows from stale ones at the end. */
export function wbStocksPageWrite(accountId: string, items: readonly WbWarehouseStock[], generation: string): PageWrite {
  return {
    steps: [
      {
        sql: upsertSql,
        params: items.map((i) => [
          accountId,
          wbWarehouseExternalId('wb', i.warehouseId),
          String(i.chrtId),
          i.warehouseName,
          i.quantity,
          i.inWayToClient ?? 0,
          i.inWayFromClient ?? 0,
          generation
        ])
      }
    ],
    rows: items.length
  }
}

/** Rows the finished run did not write: stock WB's report no longer lists. */
export function staleWbStocksDeletion(accountId: string, generation: string): PageWrite {
  return { steps: [{ sql: deleteStaleSql, params: [[accountId, generation]] }], rows: 0 }
}
