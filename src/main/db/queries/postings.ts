import { sql } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { AwaitingPosting, AwaitingPostingPage, PostingStage } from '../../../shared/ipc/fbs-postings'
import type { Drizzle } from '../open'
import { inList, ofMarketplaces, whereAll } from './filters'

export interface AwaitingPostingQuery {
  accountIds?: string[] | undefined
  /** The marketplaces whose shipments the seller packs in the app; their cabinets only. */
  marketplaces: readonly Marketplace[]
  stage: PostingStage
  page: number
  pageSize: number
}

const stageStatuses: Record<PostingStage, ReadonlyArray<AwaitingPosting['status']>> = {
  all: ['placed', 'in_assembly'],
  to_pack: ['placed'],
  packed: ['in_assembly']
}

/** Joins a shipment's vendor codes: a character no vendor code holds. */
const SEPARATOR = '\u001f'

type PostingRecord = Omit<AwaitingPosting, 'vendorCodes' | 'buyerPrice'> & { vendorCodes: string; buyerPriceKopecks: number; currency: string }

/**
 * Seller-held shipments still with the seller, one row per shipment (its order lines share the order number),
 * the oldest first: the ones whose packaging deadline comes first.
 */
export function listAwaitingPostings(db: Drizzle, query: AwaitingPostingQuery): AwaitingPostingPage {
  const where = whereAll([
    sql`o.fulfilment = 'seller'`,
    inList(sql`o.status`, stageStatuses[query.stage]),
    sql`o.order_number <> ''`,
    inList(sql`o.account_id`, query.accountIds),
    ofMarketplaces(sql`o.account_id`, query.marketplaces)
  ])
  const groups = sql`GROUP BY o.account_id, o.order_number, o.status`
  const rows = db.all<PostingRecord>(sql`
    SELECT o.account_id AS accountId, a.name AS accountName, a.marketplace AS marketplace, o.order_number AS postingNumber,
           o.status AS status, MAX(o.marketplace_status) AS marketplaceStatus, MIN(o.ordered_at) AS orderedAt,
           MAX(o.warehouse_name) AS warehouseName, group_concat(o.vendor_code, ${SEPARATOR}) AS vendorCodes,
           SUM(o.quantity) AS quantity, SUM(o.buyer_price_kopecks) AS buyerPriceKopecks, MIN(o.currency) AS currency
    FROM orders o JOIN accounts a ON a.id = o.account_id
    WHERE ${where} ${groups}
    ORDER BY orderedAt, o.account_id, o.order_number
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const total = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM orders o WHERE ${where} ${groups})`)?.n ?? 0
  return {
    rows: rows.map(({ vendorCodes, buyerPriceKopecks, currency, ...row }) => ({
      ...row,
      vendorCodes: vendorCodes === '' ? [] : vendorCodes.split(SEPARATOR),
      buyerPrice: { kopecks: buyerPriceKopecks, currency }
    })),
    total,
    page: query.page,
    pageSize: query.pageSize
  }
}
