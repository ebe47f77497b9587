import type Database from 'better-sqlite3'
import { prepared } from '../../db/prepared'

/** What decides whether WB lets orders share a supply: one warehouse, one cargo type. */
export interface SupplyOrderTraits {
  warehouseId: number
  cargoType: number | null
}

export interface SupplyOrderRow extends SupplyOrderTraits {
  orderId: number
  supplierStatus: string | null
  supplyId: string | null
}

const ordersSql = `
SELECT order_id AS orderId, supplier_status AS supplierStatus, supply_id AS supplyId, warehouse_id AS warehouseId,
  cargo_type AS cargoType
FROM wb_fbs_orders WHERE account_id = ? AND order_id IN (SELECT value FROM json_each(?))`

const supplyTraitsSql = `
SELECT DISTINCT warehouse_id AS warehouseId, cargo_type AS cargoType FROM wb_fbs_orders WHERE account_id = ? AND supply_id = ?`

const supplySql = 'SELECT done FROM wb_fbs_supplies WHERE account_id = ? AND supply_id = ?'

const insertSupplySql = `
INSERT INTO wb_fbs_supplies (account_id, supply_id, name, created_at, done, synced_at) VALUES (?, ?, ?, ?, 0, ?)
ON CONFLICT (account_id, supply_id) DO NOTHING`

/** WB moves an order it adds to a supply to 'confirm' (03-orders-fbs.yaml PATCH .../supplies/{supplyId}/orders). */
const addOrdersSql = `
UPDATE wb_fbs_orders SET supply_id = ?, supplier_status = 'confirm', synced_at = ?
WHERE account_id = ? AND order_id IN (SELECT value FROM json_each(?))`

const closeSupplySql = 'UPDATE wb_fbs_supplies SET done = 1, closed_at = ?, synced_at = ? WHERE account_id = ? AND supply_id = ?'

/** A cancelled order leaves its supply at WB; every other one goes to delivery with it. */
const completeOrdersSql = `
UPDATE wb_fbs_orders SET supplier_status = 'complete', synced_at = ?
WHERE account_id = ? AND supply_id = ? AND (supplier_status IS NULL OR supplier_status NOT IN ('cancel', 'cancel_carrier'))`

export function findOrdersForSupply(sqlite: Database.Database, accountId: string, orderIds: readonly number[]): SupplyOrderRow[] {
  return prepared(sqlite, ordersSql).all(accountId, JSON.stringify(orderIds)) as SupplyOrderRow[]
}

export function supplyOrderTraits(sqlite: Database.Database, accountId: string, supplyId: string): SupplyOrderTraits[] {
  return prepared(sqlite, supplyTraitsSql).all(accountId, supplyId) as SupplyOrderTraits[]
}

export function findFbsSupply(sqlite: Database.Database, accountId: string, supplyId: string): { done: boolean } | null {
  const row = prepared(sqlite, supplySql).get(accountId, supplyId) as { done: number } | undefined
  return row ? { done: row.done === 1 } : null
}

export function recordCreatedSupply(sqlite: Database.Database, accountId: string, supplyId: string, name: string, at: string): void {
  prepared(sqlite, insertSupplySql).run(accountId, supplyId, name, at, at)
}

export function markOrdersAdded(sqlite: Database.Database, accountId: string, supplyId: string, orderIds: readonly number[], at: string): void {
  prepared(sqlite, addOrdersSql).run(supplyId, at, accountId, JSON.stringify(orderIds))
}

export function markSupplyDelivered(sqlite: Database.Database, accountId: string, supplyId: string, at: string): void {
  sqlite.transaction(() => {
    prepared(sqlite, closeSupplySql).run(at, at, accountId, supplyId)
    prepared(sqlite, completeOrdersSql).run(at, accountId, supplyId)
  })()
}
