import type Database from 'better-sqlite3'
import type { WbFbwWarehouse } from './fbw-types'
import type { WbOffice, WbSellerWarehouse } from './marketplace-types'
import { flag, prepared } from '../../db/prepared'

export type WbWarehouseKind = 'seller' | 'office' | 'wb'

export interface WarehouseRow {
  kind: WbWarehouseKind
  warehouseId: number
  name: string
  city: string
  address: string
  officeId: number | null
  cargoType: number | null
  deliveryType: number | null
  isActive: boolean
}

const upsertSql = `
INSERT INTO wb_warehouses (
  account_id, kind, warehouse_id, name, city, address, office_id, cargo_type, delivery_type, is_active, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, kind, warehouse_id) DO UPDATE SET
  name = excluded.name, city = excluded.city, address = excluded.address, office_id = excluded.office_id,
  cargo_type = excluded.cargo_type, delivery_type = excluded.delivery_type, is_active = excluded.is_active,
  synced_at = excluded.synced_at`

const deleteStaleSql = 'DELETE FROM wb_warehouses WHERE account_id = ? AND kind = ? AND synced_at <> ?'

export function sellerWarehouseRow(w: WbSellerWarehouse): WarehouseRow {
  return {
    kind: 'seller',
    warehouseId: w.id,
    name: w.name,
    city: '',
    address: '',
    officeId: w.officeId ?? null,
    cargoType: w.cargoType ?? null,
    deliveryType: w.deliveryType ?? null,
    isActive: w.isDeleting !== true
  }
}

export function officeRow(o: WbOffice): WarehouseRow {
  return {
    kind: 'office',
    warehouseId: o.id,
    name: o.name,
    city: o.city ?? '',
    address: o.address ?? '',
    officeId: o.id,
    cargoType: o.cargoType ?? null,
    deliveryType: o.deliveryType ?? null,
    isActive: true
  }
}

export function fbwWarehouseRow(w: WbFbwWarehouse): WarehouseRow {
  return {
    kind: 'wb',
    warehouseId: w.ID,
    name: w.name,
    city: '',
    address: w.address ?? '',
    officeId: null,
    cargoType: null,
    deliveryType: null,
    isActive: w.isActive !== false
  }
}

/**
 * Each list is WB's whole current list of its kind: rows of those kinds WB no longer returns (stamped with an
 * older `syncedAt`) are removed in the same transaction.
 */
export function replaceWarehouses(
  sqlite: Database.Database,
  accountId: string,
  kinds: readonly WbWarehouseKind[],
  rows: readonly WarehouseRow[],
  syncedAt: string
): number {
  const upsert = prepared(sqlite, upsertSql)
  for (const r of rows) {
    upsert.run(accountId, r.kind, r.warehouseId, r.name, r.city, r.address, r.officeId, r.cargoType, r.deliveryType, flag(r.isActive), syncedAt)
  }
  const deleteStale = prepared(sqlite, deleteStaleSql)
  for (const kind of kinds) deleteStale.run(accountId, kind, syncedAt)
  return rows.length
}
