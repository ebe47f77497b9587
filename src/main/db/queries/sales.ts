import { sql, type SQL } from 'drizzle-orm'
import type { Period } from '../../../shared/domain/period'
import type { SalePage, SaleRow, SaleSortField } from '../../../shared/domain/sales'
import type { Drizzle } from '../open'
import { inList, moscowDayRange, orderDirection, searchMatches, whereAll } from './filters'

export interface SaleListQuery {
  accountIds?: string[] | undefined
  period?: Period | undefined
  kind: 'all' | 'sales' | 'returns'
  warehouseNames?: string[] | undefined
  search?: string | undefined
  sort: { field: SaleSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns: Record<SaleSortField, SQL> = {
  date: sql.raw('s.date'),
  forPay: sql.raw('s.for_pay_kopecks'),
  finishedPrice: sql.raw('s.finished_price_kopecks')
}

const saleColumns = sql`
  s.account_id AS accountId, a.name AS accountName, s.sale_id AS saleId, s.srid AS srid, s.date AS date,
  s.warehouse_name AS warehouseName, s.region_name AS regionName, s.supplier_article AS supplierArticle,
  s.nm_id AS nmId, s.barcode AS barcode, s.subject AS subject, s.brand AS brand, s.tech_size AS techSize,
  s.is_return AS isReturn, s.total_price_kopecks AS totalPriceKopecks, s.discount_percent AS discountPercent,
  s.spp AS spp, s.for_pay_kopecks AS forPayKopecks, s.finished_price_kopecks AS finishedPriceKopecks,
  s.price_with_disc_kopecks AS priceWithDiscKopecks`

type SaleRecord = Omit<SaleRow, 'isReturn'> & { isReturn: number }
const toSaleRow = (r: SaleRecord): SaleRow => ({ ...r, isReturn: r.isReturn === 1 })

/** A page of sales and returns with exact kopeck totals for the whole filtered period. */
export function listSales(db: Drizzle, query: SaleListQuery): SalePage {
  const where = whereAll([
    // The unary plus keeps SQLite on the date index (ordered, covering) instead of the primary key.
    inList(sql`+s.account_id`, query.accountIds),
    ...moscowDayRange(sql`s.date`, query.period),
    query.kind === 'all' ? null : sql`s.is_return = ${query.kind === 'returns' ? 1 : 0}`,
    inList(sql`s.warehouse_name`, query.warehouseNames),
    ...searchMatches(sql`s.search_text`, query.search)
  ])
  const dir = orderDirection(query.sort.dir)
  const rows = db.all<SaleRecord>(sql`
    SELECT ${saleColumns} FROM wb_sales s JOIN accounts a ON a.id = s.account_id
    WHERE ${where}
    ORDER BY ${sortColumns[query.sort.field]} ${dir}, s.sale_id ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const totals = db.get<{ n: number; returns: number; forPay: number; finished: number }>(sql`
    SELECT COUNT(*) AS n, COALESCE(SUM(s.is_return), 0) AS returns,
           COALESCE(SUM(s.for_pay_kopecks), 0) AS forPay, COALESCE(SUM(s.finished_price_kopecks), 0) AS finished
    FROM wb_sales s WHERE ${where}`)
  const n = totals?.n ?? 0
  const returns = totals?.returns ?? 0
  return {
    rows: rows.map(toSaleRow),
    total: n,
    page: query.page,
    pageSize: query.pageSize,
    totals: { sales: n - returns, returns, forPayKopecks: totals?.forPay ?? 0, finishedPriceKopecks: totals?.finished ?? 0 }
  }
}

export function salesOfOrder(db: Drizzle, accountId: string, srid: string): SaleRow[] {
  return db
    .all<SaleRecord>(sql`
      SELECT ${saleColumns} FROM wb_sales s JOIN accounts a ON a.id = s.account_id
      WHERE s.account_id = ${accountId} AND s.srid = ${srid} ORDER BY s.date`)
    .map(toSaleRow)
}
