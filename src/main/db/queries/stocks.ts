import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { StockByWarehouse, StockPage, StockRow, StockSortField, StockWarehouse } from '../../../shared/domain/stocks'
import type { Drizzle } from '../open'
import { byExternalId, indexedSearchMatches, inList, ofMarketplaces, orderDirection, whereAll } from './filters'

export interface StockListQuery {
  accountIds?: string[] | undefined
  marketplaces?: Marketplace[] | undefined
  search?: string | undefined
  warehouse?: { marketplace: Marketplace; warehouseId: string } | undefined
  lowOnly?: boolean | undefined
  lowThreshold: number
  sort: { field: StockSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns: Record<StockSortField, SQL> = {
  title: sql.raw('title_key'),
  vendorCode: sql.raw('vendorCode'),
  atSeller: sql.raw('atSeller'),
  atMarketplace: sql.raw('atMarketplace'),
  total: sql.raw('total')
}

/**
 * Every offer of every product with its stock summed over the seller's warehouses and over the marketplace's.
 * With a warehouse picked, only that warehouse counts and only offers stocked there are listed.
 */
function stockRows(query: StockListQuery): SQL {
  const wh = query.warehouse
  const levelsWhere = wh ? sql`WHERE marketplace = ${wh.marketplace} AND warehouse_external_id = ${wh.warehouseId}` : sql``
  const where = whereAll([
    inList(sql`f.account_id`, query.accountIds),
    ofMarketplaces(sql`f.account_id`, query.marketplaces),
    ...indexedSearchMatches('products_search', sql`p.rowid`, sql`p.search_text`, query.search),
    wh ? sql`l.offer_external_id IS NOT NULL` : null
  ])
  return sql`
    SELECT f.account_id AS accountId, a.name AS accountName, f.marketplace AS marketplace,
           f.product_external_id AS productId, f.external_id AS offerId, p.vendor_code AS vendorCode, p.title AS title,
           p.title_key AS title_key, f.size AS size, f.barcodes AS barcodes,
           COALESCE(l.at_seller, 0) AS atSeller, COALESCE(l.at_marketplace, 0) AS atMarketplace,
           COALESCE(l.to_client, 0) AS inWayToClient, COALESCE(l.from_client, 0) AS inWayFromClient,
           COALESCE(l.at_seller, 0) + COALESCE(l.at_marketplace, 0) AS total
    FROM offers f
    JOIN products p ON p.account_id = f.account_id AND p.external_id = f.product_external_id
    JOIN accounts a ON a.id = f.account_id
    LEFT JOIN (SELECT account_id, offer_external_id,
                      SUM(CASE WHEN held_by = 'seller' THEN available ELSE 0 END) AS at_seller,
                      SUM(CASE WHEN held_by = 'marketplace' THEN available ELSE 0 END) AS at_marketplace,
                      SUM(in_way_to_client) AS to_client, SUM(in_way_from_client) AS from_client
               FROM stock_levels ${levelsWhere} GROUP BY account_id, offer_external_id) l
      ON l.account_id = f.account_id AND l.offer_external_id = f.external_id
    WHERE ${where}`
}

type StockRecord = Omit<StockRow, 'barcode' | 'low'> & { barcodes: string }

export function listStocks(db: Drizzle, query: StockListQuery): StockPage {
  const rows = stockRows(query)
  const filter = query.lowOnly ? sql`WHERE total <= ${query.lowThreshold}` : sql``
  const dir = orderDirection(query.sort.dir)
  const page = db.all<StockRecord & { title_key: string }>(sql`
    WITH rows AS (${rows})
    SELECT * FROM rows ${filter}
    ORDER BY ${sortColumns[query.sort.field]} ${dir}, ${byExternalId(sql`productId`, dir)}, ${byExternalId(sql`offerId`, dir)},
             accountId ASC
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const totals = db.get<{ n: number; atSeller: number; atMarketplace: number; toClient: number; fromClient: number; low: number }>(sql`
    WITH rows AS (${rows})
    SELECT COUNT(*) AS n, COALESCE(SUM(atSeller), 0) AS atSeller, COALESCE(SUM(atMarketplace), 0) AS atMarketplace,
           COALESCE(SUM(inWayToClient), 0) AS toClient, COALESCE(SUM(inWayFromClient), 0) AS fromClient,
           COALESCE(SUM(total <= ${query.lowThreshold}), 0) AS low
    FROM rows ${filter}`)
  return {
    rows: page.map(({ barcodes, title_key: _titleKey, ...r }) => ({
      ...r,
      barcode: barcodes.split(' ')[0] ?? '',
      low: r.total <= query.lowThreshold
    })),
    total: totals?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    totals: {
      atSeller: totals?.atSeller ?? 0,
      atMarketplace: totals?.atMarketplace ?? 0,
      inWayToClient: totals?.toClient ?? 0,
      inWayFromClient: totals?.fromClient ?? 0,
      lowRows: totals?.low ?? 0
    }
  }
}

/**
 * One offer's stock on each warehouse that holds it, the seller's first. A marketplace warehouse may be missing
 * from the warehouse list, so the name the stock report gave stands in for it.
 */
export function stockByWarehouse(db: Drizzle, accountId: string, offerId: string): StockByWarehouse[] {
  return db.all<StockByWarehouse>(sql`
    SELECT l.marketplace AS marketplace, l.held_by AS heldBy, l.warehouse_external_id AS warehouseId,
           COALESCE(NULLIF(wh.name, ''), NULLIF(l.warehouse_name, ''), '#' || l.warehouse_external_id) AS name,
           l.available AS available, l.reserved AS reserved,
           l.in_way_to_client AS inWayToClient, l.in_way_from_client AS inWayFromClient
    FROM stock_levels l
    LEFT JOIN warehouses wh ON wh.account_id = l.account_id AND wh.external_id = l.warehouse_external_id
    WHERE l.account_id = ${accountId} AND l.offer_external_id = ${offerId}
    ORDER BY l.held_by = 'seller' DESC, l.available DESC, name`)
}

/** Warehouses that can filter the stock list: the seller's own and the marketplaces'; pickup offices hold none. */
export function stockWarehouses(db: Drizzle, accountIds: string[] | undefined): StockWarehouse[] {
  const where = whereAll([inList(sql`account_id`, accountIds), sql`role IN ('seller', 'marketplace')`])
  return db.all<StockWarehouse>(sql`
    SELECT marketplace, MIN(role) AS heldBy, external_id AS warehouseId, MIN(name) AS name FROM warehouses
    WHERE ${where}
    GROUP BY marketplace, external_id
    ORDER BY marketplace, heldBy = 'seller' DESC, name`)
}
