import { upsert } from '../../db/upsert'
import { flag, type PageWrite } from '../../sync/page-write'
import type { OzonWarehouse } from './warehouse-types'

const warehouseRow = upsert(
  'warehouses',
  ['account_id', 'external_id', 'marketplace', 'role', 'name', 'address', 'is_active', 'synced_at'],
  ['account_id', 'external_id']
)

/**
 * Ozon's own warehouses as one row: /v4/product/info/stocks gives FBO stock as one total per product, with no
 * split by warehouse, so the account's FBO stock sits on this row.
 */
export const ozonFboWarehouse = { externalId: 'fbo', name: 'Склады Ozon' } as const

/** Archived (`disabled`) and blocked warehouses take no orders; a paused or new one is still the seller's. */
const inactiveStatuses: ReadonlySet<string> = new Set(['disabled', 'blocked'])

/** A page of the seller's warehouses, each stamped with the run's generation. */
export function warehousesPageWrite(accountId: string, warehouses: readonly OzonWarehouse[], generation: string): PageWrite {
  return {
    steps: [
      {
        sql: warehouseRow.sql,
        params: warehouses.map((w) =>
          warehouseRow.params({
            account_id: accountId,
            external_id: String(w.warehouse_id),
            marketplace: 'ozon',
            role: 'seller',
            name: w.name,
            address: w.address_info?.address ?? '',
            is_active: flag(!inactiveStatuses.has(w.status)),
            synced_at: generation
          })
        )
      }
    ],
    rows: warehouses.length
  }
}

const deleteStaleSql = 'DELETE FROM warehouses WHERE account_id = ? AND synced_at <> ?'

/**
 * The end of a run: the FBO row, and the removal of warehouses Ozon no longer lists (rows of an older
 * generation), in one transaction.
 */
export function warehousesRunEnd(accountId: string, generation: string): PageWrite {
  const fbo = warehouseRow.params({
    account_id: accountId,
    external_id: ozonFboWarehouse.externalId,
    marketplace: 'ozon',
    role: 'marketplace',
    name: ozonFboWarehouse.name,
    address: '',
    is_active: 1,
    synced_at: generation
  })
  return {
    steps: [
      { sql: warehouseRow.sql, params: [fbo] },
      { sql: deleteStaleSql, params: [[accountId, generation]] }
    ],
    rows: 0
  }
}
