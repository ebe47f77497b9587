import { rublesToKopecks } from './money'
import { upsert } from '../../db/upsert'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import type { WbStatisticsSale } from './statistics-types'
import { statisticsInstant, statisticsUtc } from './time'

const saleRow = upsert(
  'sales',
  [
    'account_id', 'external_id', 'marketplace', 'order_external_id', 'order_number', 'kind', 'sold_at', 'local_day',
    'updated_at', 'warehouse_name', 'region_name', 'product_external_id', 'vendor_code', 'barcode', 'category', 'brand',
    'size', 'price_kopecks', 'discount_percent', 'marketplace_discount_percent', 'seller_price_kopecks',
    'buyer_price_kopecks', 'payout_kopecks', 'currency', 'search_text', 'synced_at'
  ],
  ['account_id', 'external_id']
)

const detailsRow = upsert('wb_sale_details', ['account_id', 'external_id', 'payment_sale_amount_kopecks'], ['account_id', 'external_id'])

/** Sales ("S…") and returns ("R…", 12-reports.yaml SalesItem.saleID), keyed by saleID; money in kopecks. */
export function salesPageWrite(accountId: string, rows: readonly WbStatisticsSale[], syncedAt: string): PageWrite {
  return {
    steps: [
      { sql: saleRow.sql, params: rows.map((r) => saleRow.params(saleOf(accountId, r, syncedAt))) },
      {
        sql: detailsRow.sql,
        params: rows.map((r) =>
          detailsRow.params({ account_id: accountId, external_id: r.saleID, payment_sale_amount_kopecks: rublesToKopecks(r.paymentSaleAmount ?? 0) })
        )
      }
    ],
    rows: rows.length
  }
}

function saleOf(accountId: string, r: WbStatisticsSale, syncedAt: string): Parameters<typeof saleRow.params>[0] {
  const article = r.supplierArticle ?? ''
  const barcode = r.barcode ?? ''
  const subject = r.subject ?? ''
  const brand = r.brand ?? ''
  const sold = statisticsInstant(r.date)
  return {
    account_id: accountId,
    external_id: r.saleID,
    marketplace: 'wildberries',
    order_external_id: r.srid,
    order_number: r.gNumber ?? '',
    kind: r.saleID.startsWith('R') ? 'return' : 'sale',
    sold_at: sold.utc,
    local_day: sold.moscowDay,
    updated_at: statisticsUtc(r.lastChangeDate),
    warehouse_name: r.warehouseName ?? '',
    region_name: r.regionName ?? '',
    product_external_id: String(r.nmId),
    vendor_code: article,
    barcode,
    category: subject,
    brand,
    size: r.techSize ?? '',
    price_kopecks: rublesToKopecks(r.totalPrice),
    discount_percent: Math.round(r.discountPercent ?? 0),
    marketplace_discount_percent: Math.round(r.spp ?? 0),
    seller_price_kopecks: rublesToKopecks(r.priceWithDisc),
    buyer_price_kopecks: rublesToKopecks(r.finishedPrice),
    payout_kopecks: rublesToKopecks(r.forPay),
    currency: 'RUB',
    search_text: searchText([article, r.nmId, barcode, r.saleID, r.srid, subject, brand]),
    synced_at: syncedAt
  }
}
