import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { ProductDetail, ProductOffer, ProductPhoto, ProductRow, ProductSortField } from '../../../shared/domain/products'
import type { Drizzle } from '../open'
import { productDetailsOf } from './details'
import { byExternalId, indexedSearchMatches, inList, ofMarketplaces, orderDirection, whereAll } from './filters'

export interface ProductListQuery {
  accountIds?: string[] | undefined
  marketplaces?: Marketplace[] | undefined
  search?: string | undefined
  sort: { field: ProductSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns: Record<Exclude<ProductSortField, 'productId'>, SQL> = {
  title: sql.raw('p.title_key'),
  vendorCode: sql.raw('p.vendor_code'),
  brand: sql.raw('p.brand'),
  updatedAt: sql.raw('p.updated_at')
}

const rowColumns = sql`
  p.account_id AS accountId, a.name AS accountName, p.marketplace AS marketplace, p.external_id AS productId,
  p.vendor_code AS vendorCode, p.title AS title, p.brand AS brand, p.category AS category,
  p.photos_json AS photosJson, p.barcodes AS barcodes, p.updated_at AS updatedAt`

type ProductRecord = Omit<ProductRow, 'thumbnailUrl' | 'barcodes'> & { photosJson: string; barcodes: string }

const spaceSeparated = (text: string): string[] => (text ? text.split(' ') : [])

function toRow({ photosJson, barcodes, ...rest }: ProductRecord): ProductRow {
  const [first] = JSON.parse(photosJson) as ProductPhoto[]
  return { ...rest, thumbnailUrl: first?.small || null, barcodes: spaceSeparated(barcodes) }
}

/** One page of products, filtered, sorted and counted in SQLite; the renderer never holds the full list. */
export function listProducts(db: Drizzle, query: ProductListQuery): { rows: ProductRow[]; total: number } {
  const where = whereAll([
    inList(sql`p.account_id`, query.accountIds),
    ofMarketplaces(sql`p.account_id`, query.marketplaces),
    ...indexedSearchMatches('products_search', sql`p.rowid`, sql`p.search_text`, query.search)
  ])
  const dir = orderDirection(query.sort.dir)
  const byId = byExternalId(sql`p.external_id`, dir)
  const order = query.sort.field === 'productId' ? byId : sql`${sortColumns[query.sort.field]} ${dir}, ${byId}`
  const rows = db.all<ProductRecord>(sql`
    SELECT ${rowColumns} FROM products p JOIN accounts a ON a.id = p.account_id
    WHERE ${where}
    ORDER BY ${order}, p.account_id ASC
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const total = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM products p WHERE ${where}`)?.n ?? 0
  return { rows: rows.map(toRow), total }
}

export function getProduct(db: Drizzle, accountId: string, productId: string): ProductDetail | undefined {
  const r = db.get<ProductRecord & { description: string; createdAt: string }>(sql`
    SELECT ${rowColumns}, p.description AS description, p.created_at AS createdAt
    FROM products p JOIN accounts a ON a.id = p.account_id
    WHERE p.account_id = ${accountId} AND p.external_id = ${productId}`)
  if (!r) return undefined
  const { description, createdAt, ...row } = r
  return {
    ...toRow(row),
    description,
    createdAt,
    photos: JSON.parse(r.photosJson) as ProductPhoto[],
    offers: offersOf(db, accountId, productId),
    details: productDetailsOf(db, r.marketplace, accountId, productId)
  }
}

function offersOf(db: Drizzle, accountId: string, productId: string): ProductOffer[] {
  return db
    .all<Omit<ProductOffer, 'barcodes'> & { barcodes: string }>(sql`
      SELECT external_id AS offerId, size, marketplace_size AS marketplaceSize, barcodes FROM offers
      WHERE account_id = ${accountId} AND product_external_id = ${productId}
      ORDER BY ${byExternalId(sql`external_id`, orderDirection('asc'))}`)
    .map((o) => ({ ...o, barcodes: spaceSeparated(o.barcodes) }))
}
