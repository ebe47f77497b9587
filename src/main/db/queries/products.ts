import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { ProductDetail, ProductRow, ProductSortField } from '../../../shared/domain/products'
import type { Drizzle } from '../open'
import { accounts, wbProducts } from '../schema'
import { likeContains, searchTerms } from '../search'

export interface ProductListQuery {
  accountIds?: string[]
  search?: string
  sort: { field: ProductSortField; dir: 'asc' | 'desc' }
  page: number
  pageSize: number
}

const sortColumns = {
  title: wbProducts.titleKey,
  vendorCode: wbProducts.vendorCode,
  nmId: wbProducts.nmId,
  brand: wbProducts.brand,
  updatedAt: wbProducts.wbUpdatedAt
} as const

const rowColumns = {
  accountId: wbProducts.accountId,
  accountName: accounts.name,
  nmId: wbProducts.nmId,
  vendorCode: wbProducts.vendorCode,
  title: wbProducts.title,
  brand: wbProducts.brand,
  subjectName: wbProducts.subjectName,
  photosJson: wbProducts.photosJson,
  barcodes: wbProducts.barcodes,
  updatedAt: wbProducts.wbUpdatedAt
}

function filters(query: Pick<ProductListQuery, 'accountIds' | 'search'>): SQL | undefined {
  const conditions: SQL[] = []
  if (query.accountIds) conditions.push(inArray(wbProducts.accountId, query.accountIds))
  for (const term of searchTerms(query.search)) {
    conditions.push(sql`${wbProducts.searchText} LIKE ${likeContains(term)} ESCAPE '\\'`)
  }
  return conditions.length > 0 ? and(...conditions) : undefined
}

interface StoredPhoto {
  big?: string
  tm?: string
  c246x328?: string
}

function parsePhotos(photosJson: string): StoredPhoto[] {
  return JSON.parse(photosJson) as StoredPhoto[]
}

function toRow(r: { photosJson: string; barcodes: string } & Omit<ProductRow, 'thumbnailUrl' | 'barcodes'>): ProductRow {
  const first = parsePhotos(r.photosJson)[0]
  const { photosJson: _photos, barcodes, ...rest } = r
  return { ...rest, thumbnailUrl: first?.tm ?? first?.c246x328 ?? null, barcodes: barcodes ? barcodes.split(' ') : [] }
}

/** One page of products, filtered, sorted and counted in SQLite; the renderer never holds the full list. */
export function listProducts(db: Drizzle, query: ProductListQuery): { rows: ProductRow[]; total: number } {
  if (query.accountIds?.length === 0) return { rows: [], total: 0 }
  const where = filters(query)
  const order = query.sort.dir === 'asc' ? asc : desc
  const rows = db
    .select(rowColumns)
    .from(wbProducts)
    .innerJoin(accounts, eq(accounts.id, wbProducts.accountId))
    .where(where)
    .orderBy(order(sortColumns[query.sort.field]), order(wbProducts.nmId), asc(wbProducts.accountId))
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all()
  const total = db.select({ n: count() }).from(wbProducts).where(where).get()?.n ?? 0
  return { rows: rows.map(toRow), total }
}

export function getProduct(db: Drizzle, accountId: string, nmId: number): ProductDetail | undefined {
  const r = db
    .select({
      ...rowColumns,
      imtId: wbProducts.imtId,
      subjectId: wbProducts.subjectId,
      description: wbProducts.description,
      characteristicsJson: wbProducts.characteristicsJson,
      sizesJson: wbProducts.sizesJson,
      dimensionsJson: wbProducts.dimensionsJson,
      createdAt: wbProducts.wbCreatedAt
    })
    .from(wbProducts)
    .innerJoin(accounts, eq(accounts.id, wbProducts.accountId))
    .where(and(eq(wbProducts.accountId, accountId), eq(wbProducts.nmId, nmId)))
    .get()
  if (!r) return undefined
  const { characteristicsJson, sizesJson, dimensionsJson, imtId, subjectId, description, createdAt, ...rowFields } = r
  return {
    ...toRow(rowFields),
    imtId,
    subjectId,
    description,
    createdAt,
    photos: parsePhotos(r.photosJson).map((p) => ({ big: p.big ?? '', small: p.tm ?? p.c246x328 ?? p.big ?? '' })),
    characteristics: JSON.parse(characteristicsJson) as ProductDetail['characteristics'],
    sizes: JSON.parse(sizesJson) as ProductDetail['sizes'],
    dimensions: dimensionsJson ? (JSON.parse(dimensionsJson) as ProductDetail['dimensions']) : null
  }
}
