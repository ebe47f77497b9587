import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'

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

/** The requested orders the mirror has for the account: rows of SupplyOrderRow. */
export function ordersForSupply(accountId: string, orderIds: readonly number[]): MirrorRead {
  return { sql: ordersSql, params: [accountId, JSON.stringify(orderIds)] }
}

/** The warehouses and cargo types of the orders already in a supply: rows of SupplyOrderTraits. */
export function supplyTraits(accountId: string, supplyId: string): MirrorRead {
  return { sql: supplyTraitsSql, params: [accountId, supplyId] }
}

export interface FbsSupplyRow {
  done: 0 | 1
}

/** The supply, if the mirror has it: at most one FbsSupplyRow. */
export function fbsSupply(accountId: string, supplyId: string): MirrorRead {
  return { sql: supplySql, params: [accountId, supplyId] }
}

export function createdSupplyWrite(accountId: string, supplyId: string, name: string, at: string): PageWrite {
  return { steps: [{ sql: insertSupplySql, params: [[accountId, supplyId, name, at, at]] }], rows: 0 }
}

export function ordersAddedWrite(accountId: string, supplyId: string, orderIds: readonly number[], at: string): PageWrite {
  return { steps: [{ sql: addOrdersSql, params: [[supplyId, at, accountId, JSON.stringify(orderIds)]] }], rows: 0 }
}

/** The supply closes and its orders complete together. */
export function supplyDeliveredWrite(accountId: string, supplyId: string, at: string): PageWrite {
  return {
    steps: [
      { sql: closeSupplySql, params: [[at, at, accountId, supplyId]] },
      { sql: completeOrdersSql, params: [[at, accountId, supplyId]] }
    ],
    rows: 0
  }
}
