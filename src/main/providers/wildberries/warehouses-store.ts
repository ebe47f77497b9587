import { flag, type PageWrite } from '../../sync/page-write'
import type { WbFbwWarehouse } from './fbw-types'
import type { WbOffice, WbSellerWarehouse } from './marketplace-types'

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

const upsertWarehouseSql = `
INSERT INTO warehouses (account_id, external_id, marketplace, role, name, city, address, is_active, synced_at)
VALUES (?, ?, 'wildberries', ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, external_id) DO UPDATE SET
  role = excluded.role, name = excluded.name, city = excluded.city, address = excluded.address,
  is_active = excluded.is_active, synced_at = excluded.synced_at`

const upsertDetailsSql = `
INSERT INTO wb_warehouse_details (account_id, external_id, kind, warehouse_id, office_id, cargo_type, delivery_type)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, external_id) DO UPDATE SET
  office_id = excluded.office_id, cargo_type = excluded.cargo_type, delivery_type = excluded.delivery_type`

const deleteStaleDetailsSql = `
DELETE FROM wb_warehouse_details WHERE account_id = ? AND kind = ? AND external_id IN (
  SELECT external_id FROM warehouses WHERE account_id = ? AND synced_at <> ? AND external_id LIKE ? || ':%')`
const deleteStaleSql = "DELETE FROM warehouses WHERE account_id = ? AND synced_at <> ? AND external_id LIKE ? || ':%'"

const roleOfKind: Record<WbWarehouseKind, 'seller' | 'marketplace' | 'pickup'> = { seller: 'seller', office: 'pickup', wb: 'marketplace' }

/** The neutral id of a WB warehouse: seller warehouses, offices and WB's warehouses number their ids apart. */
export function wbWarehouseExternalId(kind: WbWarehouseKind, warehouseId: number): string {
  return `${kind}:${warehouseId}`
}

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
export function warehousesPageWrite(accountId: string, kinds: readonly WbWarehouseKind[], rows: readonly WarehouseRow[], syncedAt: string): PageWrite {
  const externalId = (r: WarehouseRow) => wbWarehouseExternalId(r.kind, r.warehouseId)
  return {
    steps: [
      {
        sql: upsertWarehouseSql,
        params: rows.map((r) => [accountId, externalId(r), roleOfKind[r.kind], r.name, r.city, r.address, flag(r.isActive), syncedAt])
      },
      {
        sql: upsertDetailsSql,
        params: rows.map((r) => [accountId, externalId(r), r.kind, r.warehouseId, r.officeId, r.cargoType, r.deliveryType])
      },
      ...kinds.flatMap((kind) => [
        { sql: deleteStaleDetailsSql, params: [[accountId, kind, accountId, syncedAt, kind]] },
        { sql: deleteStaleSql, params: [[accountId, syncedAt, kind]] }
      ])
    ],
    rows: rows.length
  }
}
