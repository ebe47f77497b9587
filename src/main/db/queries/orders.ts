import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import { currencyOfIsoNumber, type CurrencyCode } from '../../../shared/domain/money'
import type {
  FbsOrderPage,
  FbsOrderRow,
  FbsOrderSortField,
  OrderDetail,
  OrderFilterOptions,
  OrderPage,
  OrderRow,
  OrderSortField
} from '../../../shared/domain/orders'
import type { Period } from '../../../shared/domain/period'
import type { Drizzle } from '../open'
import { orderDetailsOf } from './details'
import { indexedSearchMatches, inList, ofMarketplaces, orderDirection, searchMatches, utcRangeOfMoscowDays, whereAll } from './filters'
import { salesOfOrder } from './sales'
import { orderSumsOfDays, orderSumsOfRows, orderTotalsOf } from './totals'

/** WB's seller warehouses are 'seller:<warehouseId>' among the warehouses; FBS tasks carry the bare integer. */
const sellerWarehousePrefix = 'seller:'

export interface FbsOrderListQuery {
  accountIds?: string[] | undefined
  period?: Period | undefined
  statuses?: string[] | undefined
  warehouseIds?: number[] | undefined
  withoutSupply?: boolean | undefined
  search?: string | undefined
  sort: { field: FbsOrderSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const fbsSortColumns: Record<FbsOrderSortField, SQL> = {
  createdAt: sql.raw('o.created_at'),
  // Sorted in the seller's currency: sale currencies differ from task to task.
  price: sql.raw('o.converted_price_kopecks'),
  status: sql.raw('o.supplier_status')
}

const fbsColumns = sql`
  o.account_id AS accountId, a.name AS accountName, o.order_id AS orderId, o.created_at AS createdAt,
  o.nm_id AS nmId, o.chrt_id AS chrtId, o.article AS article, COALESCE(p.title, '') AS title, o.skus AS skus,
  o.warehouse_id AS warehouseId, COALESCE(wh.name, '#' || o.warehouse_id) AS warehouseName,
  o.converted_price_kopecks AS priceKopecks, o.converted_currency_code AS priceCurrency,
  o.price_kopecks AS salePriceKopecks, o.currency_code AS saleCurrency, o.supply_id AS supplyId,
  o.supplier_status AS supplierStatus, o.wb_status AS wbStatus`

const fbsJoins = sql`
  JOIN accounts a ON a.id = o.account_id
  LEFT JOIN products p ON p.account_id = o.account_id AND p.external_id = CAST(o.nm_id AS TEXT)
  LEFT JOIN warehouses wh ON wh.account_id = o.account_id AND wh.external_id = ${sellerWarehousePrefix} || o.warehouse_id`

type FbsRecord = Omit<FbsOrderRow, 'barcode' | 'price' | 'salePrice'> & {
  skus: string
  priceKopecks: number
  priceCurrency: number
  salePriceKopecks: number
  saleCurrency: number
}

const toFbsRow = ({ skus, priceKopecks, priceCurrency, salePriceKopecks, saleCurrency, ...r }: FbsRecord): FbsOrderRow => ({
  ...r,
  barcode: skus.split(' ')[0] ?? '',
  price: { kopecks: priceKopecks, currency: currencyOfIsoNumber(priceCurrency) },
  salePrice: { kopecks: salePriceKopecks, currency: currencyOfIsoNumber(saleCurrency) }
})

export function listFbsOrders(db: Drizzle, query: FbsOrderListQuery): FbsOrderPage {
  const where = whereAll([
    inList(sql`o.account_id`, query.accountIds),
    ...utcRangeOfMoscowDays(sql`o.created_at`, query.period),
    inList(sql`o.supplier_status`, query.statuses),
    inList(sql`o.warehouse_id`, query.warehouseIds),
    query.withoutSupply ? sql`o.supply_id IS NULL` : null,
    ...searchMatches(sql`o.search_text`, query.search)
  ])
  const dir = orderDirection(query.sort.dir)
  const rows = db.all<FbsRecord>(sql`
    SELECT ${fbsColumns} FROM wb_fbs_orders o ${fbsJoins}
    WHERE ${where}
    ORDER BY ${fbsSortColumns[query.sort.field]} ${dir}, o.order_id ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const total = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM wb_fbs_orders o WHERE ${where}`)?.n ?? 0
  return { rows: rows.map(toFbsRow), total, page: query.page, pageSize: query.pageSize }
}

export function getFbsOrder(db: Drizzle, accountId: string, orderId: number): FbsOrderRow | undefined {
  const row = db.get<FbsRecord>(sql`
    SELECT ${fbsColumns} FROM wb_fbs_orders o ${fbsJoins}
    WHERE o.account_id = ${accountId} AND o.order_id = ${orderId}`)
  return row ? toFbsRow(row) : undefined
}

export function fbsOrdersOfSupply(db: Drizzle, accountId: string, supplyId: string): FbsOrderRow[] {
  return db
    .all<FbsRecord>(sql`
      SELECT ${fbsColumns} FROM wb_fbs_orders o ${fbsJoins}
      WHERE o.account_id = ${accountId} AND o.supply_id = ${supplyId}
      ORDER BY o.created_at, o.order_id`)
    .map(toFbsRow)
}

export interface OrderListQuery {
  accountIds?: string[] | undefined
  marketplaces?: Marketplace[] | undefined
  period?: Period | undefined
  warehouseNames?: string[] | undefined
  status: 'all' | 'active' | 'cancelled'
  search?: string | undefined
  sort: { field: OrderSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const orderSortColumns: Record<OrderSortField, SQL> = {
  orderedAt: sql.raw('o.ordered_at'),
  price: sql.raw('o.price_kopecks'),
  buyerPrice: sql.raw('o.buyer_price_kopecks'),
  warehouse: sql.raw('o.warehouse_name')
}

const orderColumns = sql`
  o.account_id AS accountId, a.name AS accountName, o.marketplace AS marketplace, o.external_id AS orderId,
  o.order_number AS orderNumber, o.ordered_at AS orderedAt, o.updated_at AS updatedAt, o.status AS status,
  o.marketplace_status AS marketplaceStatus, o.cancelled_at AS cancelledAt, o.fulfilment AS fulfilment,
  o.warehouse_name AS warehouseName, o.region_name AS regionName, o.product_external_id AS productId,
  o.vendor_code AS vendorCode, o.barcode AS barcode, o.category AS category, o.brand AS brand, o.size AS size,
  o.quantity AS quantity, o.price_kopecks AS priceKopecks,
  o.discount_percent AS discountPercent, o.marketplace_discount_percent AS marketplaceDiscountPercent,
  o.seller_price_kopecks AS sellerPriceKopecks, o.buyer_price_kopecks AS buyerPriceKopecks, o.currency AS currency,
  COALESCE(p.title, '') AS title`

/** The product's title, where its product is mirrored: a page's worth of primary-key lookups. */
const orderProduct = sql`LEFT JOIN products p ON p.account_id = o.account_id AND p.external_id = o.product_external_id`

type OrderRecord = Omit<OrderRow, 'price' | 'sellerPrice' | 'buyerPrice'> & {
  priceKopecks: number
  sellerPriceKopecks: number
  buyerPriceKopecks: number
  currency: CurrencyCode
}

const toOrderRow = ({ priceKopecks, sellerPriceKopecks, buyerPriceKopecks, currency, ...r }: OrderRecord): OrderRow => ({
  ...r,
  price: { kopecks: priceKopecks, currency },
  sellerPrice: { kopecks: sellerPriceKopecks, currency },
  buyerPrice: { kopecks: buyerPriceKopecks, currency }
})

const statusFilter: Record<OrderListQuery['status'], SQL | null> = {
  all: null,
  active: sql`o.status <> 'cancelled'`,
  cancelled: sql`o.status = 'cancelled'`
}

/** A page of order lines with totals for everything the filter matches, one sum per currency. */
export function listOrders(db: Drizzle, query: OrderListQuery): OrderPage {
  const search = indexedSearchMatches('orders_search', sql`o.rowid`, sql`o.search_text`, query.search)
  const unlessStatus = [
    // The unary plus keeps SQLite on the ordered_at index, read in order, instead of the primary key.
    inList(sql`+o.account_id`, query.accountIds),
    ofMarketplaces(sql`+o.account_id`, query.marketplaces),
    ...utcRangeOfMoscowDays(sql`o.ordered_at`, query.period),
    inList(sql`o.warehouse_name`, query.warehouseNames),
    ...search
  ]
  const where = whereAll([...unlessStatus, statusFilter[query.status]])
  const dir = orderDirection(query.sort.dir)
  const rows = db.all<OrderRecord>(sql`
    SELECT ${orderColumns} FROM orders o JOIN accounts a ON a.id = o.account_id ${orderProduct}
    WHERE ${where}
    ORDER BY ${orderSortColumns[query.sort.field]} ${dir}, o.external_id ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const byDays = search.length === 0 && query.warehouseNames === undefined
  const totals = orderTotalsOf(byDays ? orderSumsOfDays(db, query) : orderSumsOfRows(db, whereAll(unlessStatus)), query.status)
  return { rows: rows.map(toOrderRow), total: totals.count, page: query.page, pageSize: query.pageSize, totals }
}

/** An order line with the sales that followed it and its marketplace's own fields. */
export function getOrder(db: Drizzle, accountId: string, orderId: string): OrderDetail | undefined {
  const row = db.get<OrderRecord>(sql`
    SELECT ${orderColumns} FROM orders o JOIN accounts a ON a.id = o.account_id ${orderProduct}
    WHERE o.account_id = ${accountId} AND o.external_id = ${orderId}`)
  if (!row) return undefined
  return {
    ...toOrderRow(row),
    sales: salesOfOrder(db, accountId, orderId),
    details: orderDetailsOf(db, row.marketplace, accountId, orderId)
  }
}

export function orderFilterOptions(db: Drizzle, accountIds: string[] | undefined): OrderFilterOptions {
  const byAccount = inList(sql`account_id`, accountIds) ?? sql`1`
  return {
    warehouseNames: db
      .all<{ name: string }>(sql`SELECT DISTINCT warehouse_name AS name FROM orders WHERE ${byAccount} AND warehouse_name <> '' ORDER BY 1`)
      .map((r) => r.name),
    fbsWarehouses: db.all<{ warehouseId: number; name: string }>(sql`
      SELECT CAST(substr(external_id, ${sellerWarehousePrefix.length + 1}) AS INTEGER) AS warehouseId, MIN(name) AS name
      FROM warehouses
      WHERE ${byAccount} AND marketplace = 'wildberries' AND role = 'seller'
      GROUP BY external_id ORDER BY name`),
    fbsStatuses: ['new', 'confirm', 'complete', 'cancel']
  }
}
