import { rublesToKopecks } from './money'
import { upsert } from '../../db/upsert'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import type { WbStatisticsOrder } from './statistics-types'
import { statisticsInstant, statisticsUtc } from './time'

const orderRow = upsert(
  'orders',
  [
    'account_id', 'external_id', 'marketplace', 'order_number', 'ordered_at', 'local_day', 'updated_at', 'status',
    'cancelled_at', 'fulfilment', 'warehouse_name', 'region_name', 'product_external_id', 'vendor_code', 'barcode',
    'category', 'brand', 'size', 'price_kopecks', 'discount_percent', 'marketplace_discount_percent',
    'seller_price_kopecks', 'buyer_price_kopecks', 'currency', 'search_text', 'synced_at'
  ],
  ['account_id', 'external_id']
)

const detailsRow = upsert('wb_order_details', ['account_id', 'external_id', 'category', 'warehouse_type', 'sticker'], ['account_id', 'external_id'])

/** WB writes "0001-01-01T00:00:00" as the cancel date of an order that was not cancelled. */
function cancelDateOf(value: string | null | undefined): string | null {
  return value && !value.startsWith('0001-01-01') ? statisticsUtc(value) : null
}

/** Statistics orders (12-reports.yaml OrdersItem), keyed by srid; WB's Moscow-time dates become UTC instants. */
export function ordersPageWrite(accountId: string, rows: readonly WbStatisticsOrder[], syncedAt: string): PageWrite {
  return {
    steps: [
      { sql: orderRow.sql, params: rows.map((r) => orderRow.params(orderOf(accountId, r, syncedAt))) },
      {
        sql: detailsRow.sql,
        params: rows.map((r) =>
          detailsRow.params({ account_id: accountId, external_id: r.srid, category: r.category ?? '', warehouse_type: r.warehouseType ?? '', sticker: r.sticker ?? '' })
        )
      }
    ],
    rows: rows.length
  }
}

function orderOf(accountId: string, r: WbStatisticsOrder, syncedAt: string): Parameters<typeof orderRow.params>[0] {
  const article = r.supplierArticle ?? ''
  const barcode = r.barcode ?? ''
  const subject = r.subject ?? ''
  const brand = r.brand ?? ''
  const ordered = statisticsInstant(r.date)
  return {
    account_id: accountId,
    external_id: r.srid,
    marketplace: 'wildberries',
    order_number: r.gNumber ?? '',
    ordered_at: ordered.utc,
    local_day: ordered.moscowDay,
    updated_at: statisticsUtc(r.lastChangeDate),
    status: r.isCancel ? 'cancelled' : 'placed',
    cancelled_at: cancelDateOf(r.cancelDate),
    fulfilment: r.warehouseType === 'Склад продавца' ? 'seller' : 'marketplace',
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
    // WB's statistics feed is in roubles whatever the buyer's currency.
    currency: 'RUB',
    search_text: searchText([article, r.nmId, barcode, r.srid, subject, brand]),
    synced_at: syncedAt
  }
}
