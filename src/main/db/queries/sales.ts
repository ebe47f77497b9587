import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { CurrencyCode } from '../../../shared/domain/money'
import type { Period } from '../../../shared/domain/period'
import type { SalePage, SaleRow, SaleSortField } from '../../../shared/domain/sales'
import type { Drizzle } from '../open'
import { inList, ofMarketplaces, orderDirection, searchMatches, utcRangeOfMoscowDays, whereAll } from './filters'
import { saleSumsOfDays, saleSumsOfRows, saleTotalsOf } from './totals'

export interface SaleListQuery {
  accountIds?: string[] | undefined
  marketplaces?: Marketplace[] | undefined
  period?: Period | undefined
  kind: 'all' | 'sales' | 'returns'
  warehouseNames?: string[] | undefined
  search?: string | undefined
  sort: { field: SaleSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns: Record<SaleSortField, SQL> = {
  soldAt: sql.raw('s.sold_at'),
  payout: sql.raw('s.payout_kopecks'),
  buyerPrice: sql.raw('s.buyer_price_kopecks')
}

const saleColumns = sql`
  s.account_id AS accountId, a.name AS accountName, s.marketplace AS marketplace, s.external_id AS saleId,
  s.order_external_id AS orderId, s.order_number AS orderNumber, s.kind AS kind, s.sold_at AS soldAt,
  s.warehouse_name AS warehouseName, s.region_name AS regionName, s.product_external_id AS productId,
  s.vendor_code AS vendorCode, s.barcode AS barcode, s.category AS category, s.brand AS brand, s.size AS size,
  s.quantity AS quantity, s.price_kopecks AS priceKopecks, s.discount_percent AS discountPercent,
  s.marketplace_discount_percent AS marketplaceDiscountPercent, s.seller_price_kopecks AS sellerPriceKopecks,
  s.buyer_price_kopecks AS buyerPriceKopecks, s.payout_kopecks AS payoutKopecks, s.currency AS currency,
  COALESCE(p.title, '') AS title`

/** The product's title, where its product is mirrored: a page's worth of primary-key lookups. */
const saleProduct = sql`LEFT JOIN products p ON p.account_id = s.account_id AND p.external_id = s.product_external_id`

type SaleRecord = Omit<SaleRow, 'price' | 'sellerPrice' | 'buyerPrice' | 'payout'> & {
  priceKopecks: number
  sellerPriceKopecks: number
  buyerPriceKopecks: number
  payoutKopecks: number
  currency: CurrencyCode
}

const toSaleRow = ({ priceKopecks, sellerPriceKopecks, buyerPriceKopecks, payoutKopecks, currency, ...r }: SaleRecord): SaleRow => ({
  ...r,
  price: { kopecks: priceKopecks, currency },
  sellerPrice: { kopecks: sellerPriceKopecks, currency },
  buyerPrice: { kopecks: buyerPriceKopecks, currency },
  payout: { kopecks: payoutKopecks, currency }
})

/** A page of sales and returns with exact kopeck totals for the whole filtered period, one per currency. */
export function listSales(db: Drizzle, query: SaleListQuery): SalePage {
  const search = searchMatches(sql`s.search_text`, query.search)
  const where = whereAll([
    // The unary plus keeps SQLite on the sold_at index, read in order, instead of the primary key.
    inList(sql`+s.account_id`, query.accountIds),
    ofMarketplaces(sql`+s.account_id`, query.marketplaces),
    ...utcRangeOfMoscowDays(sql`s.sold_at`, query.period),
    query.kind === 'all' ? null : sql`s.kind = ${query.kind === 'returns' ? 'return' : 'sale'}`,
    inList(sql`s.warehouse_name`, query.warehouseNames),
    ...search
  ])
  const dir = orderDirection(query.sort.dir)
  const rows = db.all<SaleRecord>(sql`
    SELECT ${saleColumns} FROM sales s JOIN accounts a ON a.id = s.account_id ${saleProduct}
    WHERE ${where}
    ORDER BY ${sortColumns[query.sort.field]} ${dir}, s.external_id ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const byDays = query.kind === 'all' && search.length === 0 && query.warehouseNames === undefined
  const totals = saleTotalsOf(byDays ? saleSumsOfDays(db, query) : saleSumsOfRows(db, where))
  return { rows: rows.map(toSaleRow), total: totals.sales + totals.returns, page: query.page, pageSize: query.pageSize, totals }
}

export function salesOfOrder(db: Drizzle, accountId: string, orderId: string): SaleRow[] {
  return db
    .all<SaleRecord>(sql`
      SELECT ${saleColumns} FROM sales s JOIN accounts a ON a.id = s.account_id ${saleProduct}
      WHERE s.account_id = ${accountId} AND s.order_external_id = ${orderId} ORDER BY s.sold_at, s.external_id`)
    .map(toSaleRow)
}
