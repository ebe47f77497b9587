import { sql, type SQL } from 'drizzle-orm'
import type { StockByWarehouse, StockPage, StockRow, StockSortField, StockWarehouse } from '../../../shared/domain/stocks'
import type { Drizzle } from '../open'
import { inList, orderDirection, searchMatches, whereAll } from './filters'

export interface StockListQuery {
  accountIds?: string[] | undefined
  search?: string | undefined
  warehouse?: { kind: 'seller' | 'wb'; warehouseId: number } | undefined
  lowOnly?: boolean | undefined
  lowThreshold: number
  sort: { field: StockSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns: Record<StockSortField, SQL> = {
  title: sql.raw('title_key'),
  vendorCode: sql.raw('vendor_code'),
  fbs: sql.raw('fbs'),
  fbw: sql.raw('fbw'),
  total: sql.raw('total')
}

/**
 * Every size of every card with its stock summed over seller warehouses (FBS) and WB warehouses (FBW).
 * With a warehouse picked, only that warehouse counts and only sizes stocked there are listed.
 */
function stockRows(query: StockListQuery): SQL {
  const wh = query.warehouse
  const fbsWhere = wh ? (wh.kind === 'seller' ? sql`WHERE warehouse_id = ${wh.warehouseId}` : sql`WHERE 0`) : sql``
  const fbwWhere = wh ? (wh.kind === 'wb' ? sql`WHERE warehouse_id = ${wh.warehouseId}` : sql`WHERE 0`) : sql``
  const where = whereAll([
    inList(sql`s.account_id`, query.accountIds),
    ...searchMatches(sql`p.search_text`, query.search),
    wh ? sql`(f.chrt_id IS NOT NULL OR w.chrt_id IS NOT NULL)` : null
  ])
  return sql`
    SELECT s.account_id AS accountId, a.name AS accountName, s.nm_id AS nmId, s.chrt_id AS chrtId,
           p.vendor_code AS vendorCode, p.title AS title, p.title_key AS title_key, p.vendor_code AS vendor_code,
           s.tech_size AS techSize, s.barcodes AS barcodes,
           COALESCE(f.amount, 0) AS fbs, COALESCE(w.quantity, 0) AS fbw,
           COALESCE(w.to_client, 0) AS inWayToClient, COALESCE(w.from_client, 0) AS inWayFromClient,
           COALESCE(f.amount, 0) + COALESCE(w.quantity, 0) AS total
    FROM wb_product_sizes s
    JOIN wb_products p ON p.account_id = s.account_id AND p.nm_id = s.nm_id
    JOIN accounts a ON a.id = s.account_id
    LEFT JOIN (SELECT account_id, chrt_id, SUM(amount) AS amount FROM wb_fbs_stocks ${fbsWhere} GROUP BY account_id, chrt_id) f
      ON f.account_id = s.account_id AND f.chrt_id = s.chrt_id
    LEFT JOIN (SELECT account_id, chrt_id, SUM(quantity) AS quantity, SUM(in_way_to_client) AS to_client,
                      SUM(in_way_from_client) AS from_client
               FROM wb_wb_stocks ${fbwWhere} GROUP BY account_id, chrt_id) w
      ON w.account_id = s.account_id AND w.chrt_id = s.chrt_id
    WHERE ${where}`
}

interface StockRowRecord extends Omit<StockRow, 'barcode' | 'low'> {
  barcodes: string
}

export function listStocks(db: Drizzle, query: StockListQuery): StockPage {
  const rows = stockRows(query)
  const filter = query.lowOnly ? sql`WHERE total <= ${query.lowThreshold}` : sql``
  const dir = orderDirection(query.sort.dir)
  const page = db.all<StockRowRecord>(sql`
    WITH rows AS (${rows})
    SELECT * FROM rows ${filter}
    ORDER BY ${sortColumns[query.sort.field]} ${dir}, nmId ${dir}, chrtId ${dir}
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const totals = db.get<{ n: number; fbs: number; fbw: number; toClient: number; fromClient: number; low: number }>(sql`
    WITH rows AS (${rows})
    SELECT COUNT(*) AS n, COALESCE(SUM(fbs), 0) AS fbs, COALESCE(SUM(fbw), 0) AS fbw,
           COALESCE(SUM(inWayToClient), 0) AS toClient, COALESCE(SUM(inWayFromClient), 0) AS fromClient,
           COALESCE(SUM(total <= ${query.lowThreshold}), 0) AS low
    FROM rows ${filter}`)
  return {
    rows: page.map(({ barcodes, ...r }) => ({
      accountId: r.accountId,
      accountName: r.accountName,
      nmId: r.nmId,
      chrtId: r.chrtId,
      vendorCode: r.vendorCode,
      title: r.title,
      techSize: r.techSize,
      barcode: barcodes.split(' ')[0] ?? '',
      fbs: r.fbs,
      fbw: r.fbw,
      inWayToClient: r.inWayToClient,
      inWayFromClient: r.inWayFromClient,
      total: r.total,
      low: r.total <= query.lowThreshold
    })),
    total: totals?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    totals: {
      fbs: totals?.fbs ?? 0,
      fbw: totals?.fbw ?? 0,
      inWayToClient: totals?.toClient ?? 0,
      inWayFromClient: totals?.fromClient ?? 0,
      lowRows: totals?.low ?? 0
    }
  }
}

/** One size's stock on each warehouse that holds it, seller's first. */
export function stockByWarehouse(db: Drizzle, accountId: string, chrtId: number): StockByWarehouse[] {
  return db.all<StockByWarehouse>(sql`
    SELECT 'seller' AS kind, f.warehouse_id AS warehouseId, COALESCE(wh.name, '#' || f.warehouse_id) AS name,
           f.amount AS amount, 0 AS inWayToClient, 0 AS inWayFromClient
    FROM wb_fbs_stocks f
    LEFT JOIN wb_warehouses wh ON wh.account_id = f.account_id AND wh.kind = 'seller' AND wh.warehouse_id = f.warehouse_id
    WHERE f.account_id = ${accountId} AND f.chrt_id = ${chrtId}
    UNION ALL
    SELECT 'wb', warehouse_id, warehouse_name, quantity, in_way_to_client, in_way_from_client
    FROM wb_wb_stocks WHERE account_id = ${accountId} AND chrt_id = ${chrtId}
    ORDER BY 1 DESC, 4 DESC`)
}

/** Warehouses that can filter the stock list: the seller's own and WB's. */
export function stockWarehouses(db: Drizzle, accountIds: string[] | undefined): StockWarehouse[] {
  const where = whereAll([inList(sql`account_id`, accountIds), sql`kind IN ('seller', 'wb')`])
  return db.all<StockWarehouse>(sql`
    SELECT kind, warehouse_id AS warehouseId, MIN(name) AS name FROM wb_warehouses WHERE ${where}
    GROUP BY kind, warehouse_id ORDER BY kind DESC, name`)
}
