import { rublesToKopecks } from './money'
import { flag } from '../../db/prepared'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import type { WbStatisticsOrder } from './statistics-types'

const upsertSql = `
INSERT INTO wb_orders (
  account_id, srid, g_number, date, last_change_date, warehouse_name, warehouse_type, region_name, supplier_article,
  nm_id, barcode, category, subject, brand, tech_size, total_price_kopecks, discount_percent, spp,
  finished_price_kopecks, price_with_disc_kopecks, is_cancel, cancel_date, sticker, search_text, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, srid) DO UPDATE SET
  g_number = excluded.g_number, date = excluded.date, last_change_date = excluded.last_change_date,
  warehouse_name = excluded.warehouse_name, warehouse_type = excluded.warehouse_type,
  region_name = excluded.region_name, supplier_article = excluded.supplier_article, nm_id = excluded.nm_id,
  barcode = excluded.barcode, category = excluded.category, subject = excluded.subject, brand = excluded.brand,
  tech_size = excluded.tech_size, total_price_kopecks = excluded.total_price_kopecks,
  discount_percent = excluded.discount_percent, spp = excluded.spp,
  finished_price_kopecks = excluded.finished_price_kopecks, price_with_disc_kopecks = excluded.price_with_disc_kopecks,
  is_cancel = excluded.is_cancel, cancel_date = excluded.cancel_date, sticker = excluded.sticker,
  search_text = excluded.search_text, synced_at = excluded.synced_at`

/** WB writes "0001-01-01T00:00:00" as the cancel date of an order that was not cancelled. */
function cancelDateOf(value: string | null | undefined): string | null {
  return value && !value.startsWith('0001-01-01') ? value : null
}

/** Statistics orders, keyed by srid; dates stay in WB's Moscow-time form. */
export function ordersPageWrite(accountId: string, rows: readonly WbStatisticsOrder[], syncedAt: string): PageWrite {
  return { steps: [{ sql: upsertSql, params: rows.map((r) => rowParams(accountId, r, syncedAt)) }], rows: rows.length }
}

function rowParams(accountId: string, r: WbStatisticsOrder, syncedAt: string): unknown[] {
  const article = r.supplierArticle ?? ''
  const barcode = r.barcode ?? ''
  const subject = r.subject ?? ''
  const brand = r.brand ?? ''
  return [
    accountId,
    r.srid,
    r.gNumber ?? '',
    r.date,
    r.lastChangeDate,
    r.warehouseName ?? '',
    r.warehouseType ?? '',
    r.regionName ?? '',
    article,
    r.nmId,
    barcode,
    r.category ?? '',
    subject,
    brand,
    r.techSize ?? '',
    rublesToKopecks(r.totalPrice),
    Math.round(r.discountPercent ?? 0),
    Math.round(r.spp ?? 0),
    rublesToKopecks(r.finishedPrice),
    rublesToKopecks(r.priceWithDisc),
    flag(r.isCancel),
    cancelDateOf(r.cancelDate),
    r.sticker ?? '',
    searchText([article, r.nmId, barcode, r.srid, subject, brand]),
    syncedAt
  ]
}
