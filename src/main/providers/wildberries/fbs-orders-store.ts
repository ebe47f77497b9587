import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import { wbStatusChunk } from './limits'
import type { WbFbsOrder, WbOrderStatus } from './marketplace-types'
import { searchText } from './search-text'
import { isoUtc } from './time'

/**
 * Statuses come from their own method: an order from the full list keeps the statuses it has; one from the
 * new-orders list is 'new' by WB's word.
 */
const upsertSql = `
INSERT INTO wb_fbs_orders (
  account_id, order_id, order_uid, rid, created_at, warehouse_id, office_id, nm_id, chrt_id, article, skus,
  price_kopecks, converted_price_kopecks, currency_code, converted_currency_code, cargo_type, delivery_type,
  supply_id, supplier_status, search_text, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, order_id) DO UPDATE SET
  order_uid = excluded.order_uid, rid = excluded.rid, created_at = excluded.created_at,
  warehouse_id = excluded.warehouse_id, office_id = excluded.office_id, nm_id = excluded.nm_id,
  chrt_id = excluded.chrt_id, article = excluded.article, skus = excluded.skus,
  price_kopecks = excluded.price_kopecks, converted_price_kopecks = excluded.converted_price_kopecks,
  currency_code = excluded.currency_code, converted_currency_code = excluded.converted_currency_code,
  cargo_type = excluded.cargo_type, delivery_type = excluded.delivery_type, supply_id = excluded.supply_id,
  supplier_status = COALESCE(excluded.supplier_status, wb_fbs_orders.supplier_status),
  search_text = excluded.search_text, synced_at = excluded.synced_at`

const statusSql = `
UPDATE wb_fbs_orders SET
  supplier_status = COALESCE(?, supplier_status), wb_status = COALESCE(?, wb_status), synced_at = ?
WHERE account_id = ? AND order_id = ?`

/**
 * Orders whose status can still change. WB lists supplierStatus new | confirm | complete | cancel |
 * cancel_carrier and wbStatus values (03-orders-fbs.yaml, POST /api/v3/orders/status); a seller's or carrier's
 * cancel and the end states of the buyer's side are final.
 */
const openOrdersSql = `
SELECT order_id AS orderId FROM wb_fbs_orders
WHERE account_id = ? AND order_id > ?
  AND (supplier_status IS NULL OR supplier_status NOT IN ('cancel', 'cancel_carrier'))
  AND (wb_status IS NULL OR wb_status NOT IN
    ('sold', 'canceled', 'canceled_by_client', 'declined_by_client', 'defect', 'canceled_by_carrier'))
ORDER BY order_id LIMIT ?`

export type FbsOrderSource = 'list' | 'new'

export function fbsOrdersPageWrite(accountId: string, orders: readonly WbFbsOrder[], source: FbsOrderSource, syncedAt: string): PageWrite {
  const supplierStatus = source === 'new' ? 'new' : null
  const params = orders.map((o) => {
    const skus = o.skus ?? []
    const article = o.article ?? ''
    return [
      accountId,
      o.id,
      o.orderUid ?? '',
      o.rid ?? '',
      isoUtc(o.createdAt),
      o.warehouseId,
      o.officeId ?? null,
      o.nmId,
      o.chrtId,
      article,
      skus.join(' '),
      o.price,
      o.convertedPrice ?? o.price,
      o.currencyCode,
      o.convertedCurrencyCode ?? o.currencyCode,
      o.cargoType ?? null,
      o.deliveryType ?? 'fbs',
      o.supplyId ?? null,
      supplierStatus,
      searchText([article, ...skus, o.nmId, o.id]),
      syncedAt
    ]
  })
  return { steps: [{ sql: upsertSql, params }], rows: orders.length }
}

/**
 * One updated row per status: WB answers for the orders it was asked about (03-orders-fbs.yaml), which the run
 * just read from the mirror, and nothing removes them while the run lasts.
 */
export function fbsOrderStatusesPageWrite(accountId: string, statuses: readonly WbOrderStatus[], syncedAt: string): PageWrite {
  return {
    steps: [{ sql: statusSql, params: statuses.map((s) => [s.supplierStatus ?? null, s.wbStatus ?? null, syncedAt, accountId, s.id]) }],
    rows: statuses.length
  }
}

/** The next 1000 orders (by ID) whose status may still change: rows of `{ orderId }`. */
export function openFbsOrdersAfter(accountId: string, afterOrderId: number): MirrorRead {
  return { sql: openOrdersSql, params: [accountId, afterOrderId, wbStatusChunk] }
}
