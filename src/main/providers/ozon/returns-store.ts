import type { PageWrite } from '../../sync/page-write'
import { postingLineId } from './orders-store'
import type { OzonReturn } from './returns-types'

/**
 * Only the status moves: marketplace_status keeps the posting's own word (a returned posting is still
 * `delivered` to Ozon's posting lists), and a line the orders sync has not mirrored yet is not invented.
 */
const markReturnedSql = `UPDATE orders SET status = 'returned'
  WHERE account_id = ? AND external_id = ? AND marketplace = 'ozon' AND status <> 'returned'`

/**
 * A cancellation is a posting stopped before it shipped: its lines are 'cancelled' already and no goods come
 * back. Every other type brings the goods back to the seller.
 */
function returnsGoods(r: OzonReturn): boolean {
  return r.type !== 'Cancellation'
}

/** The order lines a page of returns names (`posting_number:sku`), marked 'returned'. */
export function returnsPageWrite(accountId: string, returns: readonly OzonReturn[]): PageWrite {
  const lines = returns.flatMap((r) => {
    const sku = r.product?.sku
    return returnsGoods(r) && r.posting_number !== '' && sku ? [postingLineId(r.posting_number, sku)] : []
  })
  return { steps: [{ sql: markReturnedSql, params: [...new Set(lines)].map((lineId) => [accountId, lineId]) }], rows: returns.length }
}
