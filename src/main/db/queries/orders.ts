import { sql, type SQL } from 'drizzle-orm'
import type {
  FbsOrderPage,
  FbsOrderRow,
  FbsOrderSortField,
  OrderFilterOptions,
  OrderPage,
  OrderRow,
  OrderSortField
} from '../../../shared/domain/orders'
import { currencyOfIsoNumber } from '../../../shared/domain/money'
import type { Period } from '../../../shared/domain/period'
import type { Drizzle } from '../open'
import { inList, moscowDayRange, orderDirection, searchMatches, utcRangeOfMoscowDays, whereAll } from './filters'

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
  LEFT JOIN wb_products p ON p.account_id = o.account_id AND p.nm_id = o.nm_id
  LEFT JOIN wb_warehouses wh ON wh.account_id = o.account_id AND wh.kind = 'seller' AND wh.warehouse_id = o.warehouse_id`

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
  period?: Period | undefined
  warehouseNames?: string[] | undefined
  status: 'all' | 'active' | 'cancelled'
  search?: string | undefined
  sort: { field: OrderSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const orderSortColumns: Record<OrderSortField, SQL> = {
  date: sql.raw('o.date'),
  totalPrice: sql.raw('o.total_price_kopecks'),
  finishedPrice: sql.raw('o.finished_price_kopecks'),
  warehouse: sql.raw('o.warehouse_name')
}

const orderColumns = sql`
  o.account_id AS accountId, a.name AS accountName, o.srid AS srid, o.g_number AS gNumber, o.date AS date,
  o.last_change_date AS lastChangeDate, o.warehouse_name AS warehouseName, o.warehouse_type AS warehouseType,
  o.region_name AS regionName, o.supplier_article AS supplierArticle, o.nm_id AS nmId, o.barcode AS barcode,
  o.category AS category, o.subject AS subject, o.brand AS brand, o.tech_size AS techSize,
  o.total_price_kopecks AS totalPriceKopecks, o.discount_percent AS discountPercent, o.spp AS spp,
  o.finished_price_kopecks AS finishedPriceKopecks, o.price_with_disc_kopecks AS priceWithDiscKopecks,
  o.is_cancel AS isCancel, o.cancel_date AS cancelDate`

type OrderRecord = Omit<OrderRow, 'isCancel'> & { isCancel: number }
const toOrderRow = (r: OrderRecord): OrderRow => ({ ...r, isCancel: r.isCancel === 1 })

/** A page of the statistics orders feed with totals for everything the filter matches. */
export function listOrders(db: Drizzle, query: OrderListQuery): OrderPage {
  const where = whereAll([
    // The unary plus keeps SQLite on the date index (ordered, covering) instead of the primary key.
    inList(sql`+o.account_id`, query.accountIds),
    ...moscowDayRange(sql`o.date`, query.period),
    inList(sql`o.warehouse_name`, query.warehouseNames),
    query.status === 'all' ? null : sql`o.is_cancel = ${query.status === 'cancelled' ? 1 : 0}`,
    ...searchMatches(sql`o.search_text`, query.search)
  ])
  const dir = orderDirection(query.sort.dir)
  const rows = db.all<OrderRecord>(sql`
    SELECT ${orderColumns} FROM wb_orders o JOIN accounts a ON a.id = o.account_id
    WHERE ${where}
    ORDER BY ${orderSortColumns[query.sort.field]} ${dir}, o.srid ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const totals = db.get<{ n: number; cancelled: number; finished: number }>(sql`
    SELECT COUNT(*) AS n, COALESCE(SUM(o.is_cancel), 0) AS cancelled,
           COALESCE(SUM(CASE WHEN o.is_cancel = 0 THEN o.finished_price_kopecks END), 0) AS finished
    FROM wb_orders o WHERE ${where}`)
  return {
    rows: rows.map(toOrderRow),
    total: totals?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    totals: { count: totals?.n ?? 0, cancelled: totals?.cancelled ?? 0, finishedPriceKopecks: totals?.finished ?? 0 }
  }
}

export function getOrder(db: Drizzle, accountId: string, srid: string): OrderRow | undefined {
  const row = db.get<OrderRecord>(sql`
    SELECT ${orderColumns} FROM wb_orders o JOIN accounts a ON a.id = o.account_id
    WHERE o.account_id = ${accountId} AND o.srid = ${srid}`)
  return row ? toOrderRow(row) : undefined
}

export function orderFilterOptions(db: Drizzle, accountIds: string[] | undefined): OrderFilterOptions {
  const byAccount = inList(sql`account_id`, accountIds) ?? sql`1`
  return {
    warehouseNames: db
      .all<{ name: string }>(sql`SELECT DISTINCT warehouse_name AS name FROM wb_orders WHERE ${byAccount} AND warehouse_name <> '' ORDER BY 1`)
      .map((r) => r.name),
    fbsWarehouses: db.all<{ warehouseId: number; name: string }>(sql`
      SELECT warehouse_id AS warehouseId, MIN(name) AS name FROM wb_warehouses
      WHERE ${byAccount} AND kind = 'seller' GROUP BY warehouse_id ORDER BY name`),
    fbsStatuses: ['new', 'confirm', 'complete', 'cancel']
  }
}
