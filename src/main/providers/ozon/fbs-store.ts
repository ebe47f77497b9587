import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import { ozonMarketplaceStatus, ozonOrderStatus } from './order-status'
import { postingLineId } from './orders-store'
import { searchText } from './search-text'

const marks = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/** An order line of a posting as the FBS writes need it. */
export interface FbsLineRow {
  lineId: string
  postingNumber: string
  scheme: 'fbs' | 'fbo'
  quantity: number
  /** Ozon's status as the last sync saw it (`status/substatus`). */
  marketplaceStatus: string | null
}

/** The lines of the postings the mirror knows, with their scheme: rows of FbsLineRow. */
export function postingLinesRead(accountId: string, postingNumbers: readonly string[]): MirrorRead {
  return {
    sql: `SELECT o.external_id AS lineId, d.posting_number AS postingNumber, d.scheme AS scheme, o.quantity AS quantity,
                 o.marketplace_status AS marketplaceStatus
          FROM ozon_order_details d JOIN orders o ON o.account_id = d.account_id AND o.external_id = d.external_id
          WHERE d.account_id = ? AND d.posting_number IN (${marks(postingNumbers.length)})
          ORDER BY d.posting_number, o.external_id`,
    params: [accountId, ...postingNumbers]
  }
}

/** The line's SKU: the id ends with it (postingLineId). */
export function skuOfLine(lineId: string): number {
  return Number(lineId.slice(lineId.lastIndexOf(':') + 1))
}

/** Every column of the lines' order and detail rows, to copy them into the postings a split makes. */
export function fullLinesRead(accountId: string, lineIds: readonly string[]): { orders: MirrorRead; details: MirrorRead } {
  const params = [accountId, ...lineIds]
  const where = `WHERE account_id = ? AND external_id IN (${marks(lineIds.length)})`
  return { orders: { sql: `SELECT * FROM orders ${where}`, params }, details: { sql: `SELECT * FROM ozon_order_details ${where}`, params } }
}

type Row = Record<string, unknown>

const awaitingDeliver = { status: ozonOrderStatus('awaiting_deliver'), marketplaceStatus: ozonMarketplaceStatus('awaiting_deliver', '') }

/** Postings Ozon took to awaiting_deliver whole (a hand-over, or a pack that kept the posting number). */
export function awaitingDeliverWrite(accountId: string, postingNumbers: readonly string[], updatedAt: string): PageWrite {
  const lines = `SELECT external_id FROM ozon_order_details WHERE account_id = ? AND posting_number = ?`
  return {
    steps: [
      {
        sql: `UPDATE orders SET status = ?, marketplace_status = ?, updated_at = ? WHERE account_id = ? AND external_id IN (${lines})`,
        params: postingNumbers.map((p) => [awaitingDeliver.status, awaitingDeliver.marketplaceStatus, updatedAt, accountId, accountId, p])
      },
      { sql: `UPDATE ozon_order_details SET substatus = '' WHERE account_id = ? AND posting_number = ?`, params: postingNumbers.map((p) => [accountId, p]) }
    ],
    rows: 0
  }
}

function insertRow(table: string, row: Row): { sql: string; params: unknown[] } {
  const columns = Object.keys(row)
  return { sql: `INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${marks(columns.length)})`, params: columns.map((c) => row[c]) }
}

const scaled = (value: unknown, quantity: number, of: number) => Math.round((Number(value) * quantity) / of)

/**
 * A packed posting that Ozon split into `resulting` postings (their SKUs and units as ship's additional_data tells):
 * each part gets the original's lines at its units, amounts in proportion, awaiting_deliver; lines the original no
 * longer holds are dropped, as Ozon lists the parts in its place.
 */
export function splitPackedWrite(
  accountId: string,
  original: { orders: readonly Row[]; details: readonly Row[] },
  resulting: ReadonlyArray<{ postingNumber: string; products: ReadonlyArray<{ sku: number; quantity: number }> }>,
  updatedAt: string
): PageWrite {
  const orderOf = new Map(original.orders.map((row) => [skuOfLine(String(row.external_id)), row]))
  const detailOf = new Map(original.details.map((row) => [skuOfLine(String(row.external_id)), row]))
  const steps: Array<{ sql: string; params: unknown[][] }> = []
  const kept = new Set<string>()
  for (const part of resulting) {
    for (const product of part.products) {
      const order = orderOf.get(product.sku)
      const detail = detailOf.get(product.sku)
      if (!order || !detail) continue
      const externalId = postingLineId(part.postingNumber, product.sku)
      kept.add(externalId)
      const of = Number(order.quantity) || 1
      const orderRow = insertRow('orders', {
        ...order,
        external_id: externalId,
        order_number: part.postingNumber,
        status: awaitingDeliver.status,
        marketplace_status: awaitingDeliver.marketplaceStatus,
        updated_at: updatedAt,
        quantity: product.quantity,
        price_kopecks: scaled(order.price_kopecks, product.quantity, of),
        seller_price_kopecks: scaled(order.seller_price_kopecks, product.quantity, of),
        buyer_price_kopecks: scaled(order.buyer_price_kopecks, product.quantity, of),
        search_text: searchText([part.postingNumber, String(order.search_text)])
      })
      const detailRow = insertRow('ozon_order_details', { ...detail, external_id: externalId, posting_number: part.postingNumber, substatus: '' })
      steps.push({ sql: orderRow.sql, params: [orderRow.params] }, { sql: detailRow.sql, params: [detailRow.params] })
    }
  }
  const dropped = original.orders.map((row) => String(row.external_id)).filter((id) => !kept.has(id))
  for (const table of ['orders', 'ozon_order_details']) {
    if (dropped.length > 0) steps.push({ sql: `DELETE FROM ${table} WHERE account_id = ? AND external_id = ?`, params: dropped.map((id) => [accountId, id]) })
  }
  return { steps, rows: 0 }
}
