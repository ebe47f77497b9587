import { rublesToKopecks } from './money'
import { flag } from '../../db/prepared'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import type { WbStatisticsSale } from './statistics-types'

const upsertSql = `
INSERT INTO wb_sales (
  account_id, sale_id, srid, g_number, date, last_change_date, warehouse_name, region_name, supplier_article,
  nm_id, barcode, subject, brand, tech_size, is_return, total_price_kopecks, discount_percent, spp,
  payment_sale_amount_kopecks, for_pay_kopecks, finished_price_kopecks, price_with_disc_kopecks, search_text, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, sale_id) DO UPDATE SET
  srid = excluded.srid, g_number = excluded.g_number, date = excluded.date,
  last_change_date = excluded.last_change_date, warehouse_name = excluded.warehouse_name,
  region_name = excluded.region_name, supplier_article = excluded.supplier_article, nm_id = excluded.nm_id,
  barcode = excluded.barcode, subject = excluded.subject, brand = excluded.brand, tech_size = excluded.tech_size,
  is_return = excluded.is_return, total_price_kopecks = excluded.total_price_kopecks,
  discount_percent = excluded.discount_percent, spp = excluded.spp,
  payment_sale_amount_kopecks = excluded.payment_sale_amount_kopecks, for_pay_kopecks = excluded.for_pay_kopecks,
  finished_price_kopecks = excluded.finished_price_kopecks, price_with_disc_kopecks = excluded.price_with_disc_kopecks,
  search_text = excluded.search_text, synced_at = excluded.synced_at`

/** Sales ("S…") and returns ("R…", 12-reports.yaml SalesItem.saleID), keyed by saleID; money in kopecks. */
export function salesPageWrite(accountId: string, rows: readonly WbStatisticsSale[], syncedAt: string): PageWrite {
  return { steps: [{ sql: upsertSql, params: rows.map((r) => rowParams(accountId, r, syncedAt)) }], rows: rows.length }
}

function rowParams(accountId: string, r: WbStatisticsSale, syncedAt: string): unknown[] {
  const article = r.supplierArticle ?? ''
  const barcode = r.barcode ?? ''
  const subject = r.subject ?? ''
  const brand = r.brand ?? ''
  return [
    accountId,
    r.saleID,
    r.srid,
    r.gNumber ?? '',
    r.date,
    r.lastChangeDate,
    r.warehouseName ?? '',
    r.regionName ?? '',
    article,
    r.nmId,
    barcode,
    subject,
    brand,
    r.techSize ?? '',
    flag(r.saleID.startsWith('R')),
    rublesToKopecks(r.totalPrice),
    Math.round(r.discountPercent ?? 0),
    Math.round(r.spp ?? 0),
    rublesToKopecks(r.paymentSaleAmount ?? 0),
    rublesToKopecks(r.forPay),
    rublesToKopecks(r.finishedPrice),
    rublesToKopecks(r.priceWithDisc),
    searchText([article, r.nmId, barcode, r.saleID, r.srid, subject, brand]),
    syncedAt
  ]
}
