import { upsert } from '../../db/upsert'
import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import { decimalToKopecks, rublesToKopecks } from './money'
import { ozonMarketplaceStatus, ozonOrderStatus } from './order-status'
import type { OzonFboPosting, OzonFbsPosting, OzonPostingProduct } from './posting-types'
import { searchText } from './search-text'
import { isoUtc, moscowDay } from './time'

const orderRow = upsert(
  'orders',
  [
    'account_id', 'external_id', 'marketplace', 'order_number', 'ordered_at', 'local_day', 'updated_at', 'status',
    'marketplace_status', 'fulfilment', 'warehouse_name', 'region_name', 'product_external_id', 'offer_external_id',
    'vendor_code', 'quantity', 'price_kopecks', 'discount_percent', 'seller_price_kopecks', 'buyer_price_kopecks',
    'currency', 'search_text', 'synced_at'
  ],
  ['account_id', 'external_id']
)

const detailsRow = upsert(
  'ozon_order_details',
  [
    'account_id', 'external_id', 'posting_number', 'order_id', 'order_number', 'scheme', 'substatus', 'shipment_date',
    'delivery_schema', 'warehouse_id', 'cancel_reason', 'cancellation_initiator'
  ],
  ['account_id', 'external_id']
)

/** A posting of either list, in the fields the mirror keeps. */
export interface OzonPostingRecord {
  scheme: 'fbs' | 'fbo'
  postingNumber: string
  orderId: number | null
  orderNumber: string
  status: string
  substatus: string
  /** UTC instants. */
  orderedAt: string
  updatedAt: string
  shipmentDate: string | null
  deliverySchema: string
  warehouseId: number | null
  warehouseName: string
  regionName: string
  cancelReason: string
  cancellationInitiator: string
  products: readonly OzonPostingProduct[]
  /** Kopecks per unit before discounts, by SKU, from the financial data. */
  oldPriceBySku: ReadonlyMap<number, number>
}

function oldPricesOf(posting: OzonFbsPosting | OzonFboPosting): Map<number, number> {
  const products = posting.financial_data?.products ?? []
  return new Map(products.flatMap((p) => (typeof p.old_price === 'number' ? [[p.product_id, rublesToKopecks(p.old_price)] as const] : [])))
}

/** The latest of a posting's instants: when it last moved as far as Ozon tells. */
function latest(instants: ReadonlyArray<string | null | undefined>): string {
  return instants
    .filter((instant): instant is string => typeof instant === 'string')
    .map(isoUtc)
    .reduce((a, b) => (a > b ? a : b))
}

/** An FBS or rFBS posting: ordered when its processing started (v4 has no created_at). */
export function fbsPostingRecord(p: OzonFbsPosting): OzonPostingRecord {
  return {
    scheme: 'fbs',
    postingNumber: p.posting_number,
    orderId: p.order_id,
    orderNumber: p.order_number,
    status: p.status,
    substatus: p.substatus,
    orderedAt: isoUtc(p.in_process_at),
    updatedAt: latest([p.in_process_at, p.delivering_date]),
    shipmentDate: p.shipment_date ? isoUtc(p.shipment_date) : null,
    deliverySchema: p.delivery_schema,
    warehouseId: p.delivery_method?.warehouse_id ?? null,
    warehouseName: p.delivery_method?.warehouse ?? '',
    regionName: p.analytics_data?.region || p.analytics_data?.city || '',
    cancelReason: p.cancellation?.cancel_reason ?? '',
    cancellationInitiator: p.cancellation?.cancellation_initiator ?? '',
    products: p.products,
    oldPriceBySku: oldPricesOf(p)
  }
}

/** An FBO posting, shipped from Ozon's warehouse named in its analytics data. */
export function fboPostingRecord(p: OzonFboPosting): OzonPostingRecord {
  return {
    scheme: 'fbo',
    postingNumber: p.posting_number,
    orderId: p.order_id,
    orderNumber: p.order_number,
    status: p.status,
    substatus: p.substatus,
    orderedAt: isoUtc(p.created_at),
    updatedAt: latest([p.created_at, p.in_process_at]),
    shipmentDate: null,
    deliverySchema: 'FBO',
    warehouseId: p.analytics_data?.warehouse_id ?? null,
    warehouseName: p.analytics_data?.warehouse_name ?? '',
    regionName: p.analytics_data?.city ?? '',
    cancelReason: p.cancellation?.cancel_reason ?? '',
    cancellationInitiator: p.cancellation?.cancellation_initiator ?? '',
    products: p.products,
    oldPriceBySku: oldPricesOf(p)
  }
}

/** Ozon has no line id: a posting's line is its SKU, which a posting repeats only as a quantity. */
export function postingLineId(postingNumber: string, sku: number): string {
  return `${postingNumber}:${sku}`
}

/** One line of a posting: a SKU, its units and what they cost together. */
export interface PostingLine {
  sku: number
  offerId: string
  name: string
  quantity: number
  /** price.amount × quantity. */
  totalKopecks: number
  currency: string
}

/** The posting's lines, one per SKU; should Ozon list a SKU twice, its units and amounts are added up. */
export function postingLines(products: readonly OzonPostingProduct[]): PostingLine[] {
  const lines = new Map<number, PostingLine>()
  for (const product of products) {
    const total = decimalToKopecks(product.price.amount) * product.quantity
    const line = lines.get(product.sku)
    if (line) {
      line.quantity += product.quantity
      line.totalKopecks += total
    } else {
      lines.set(product.sku, {
        sku: product.sku,
        offerId: product.offer_id,
        name: product.name,
        quantity: product.quantity,
        totalKopecks: total,
        currency: product.price.currency
      })
    }
  }
  return [...lines.values()]
}

const productsOfOffersSql = (count: number) =>
  `SELECT external_id AS offerId, product_external_id AS productId FROM offers
   WHERE account_id = ? AND external_id IN (${Array.from({ length: count }, () => '?').join(', ')})`

/** The products of the page's offers (postings name the offer and the SKU, not the product): rows of `{ offerId, productId }`. */
export function productsOfOffers(accountId: string, offerIds: readonly string[]): MirrorRead {
  return { sql: productsOfOffersSql(offerIds.length), params: [accountId, ...offerIds] }
}

/** The product of each offer the postings name, as the mirror knows it: what postingsPageWrite takes. */
export function productOfOffers(mirror: { read<Row>(query: MirrorRead): Row[] }, accountId: string, postings: readonly OzonPostingRecord[]): Map<string, string> {
  const offerIds = [...new Set(postings.flatMap((r) => r.products.map((p) => p.offer_id)).filter((id) => id !== ''))]
  const rows = offerIds.length > 0 ? mirror.read<{ offerId: string; productId: string }>(productsOfOffers(accountId, offerIds)) : []
  return new Map(rows.map((row) => [row.offerId, row.productId]))
}

/**
 * Order lines of a page of postings, with Ozon's own fields. Amounts are the line's, for all its units, as the
 * day totals add them up: the price (per unit in Ozon's text) times the quantity. The seller's price and what the
 * buyer pays are the posting's price; the price before discounts is the financial data's old_price where it is
 * higher. A line whose offer the mirror does not know yet has no product id.
 */
export function postingsPageWrite(
  accountId: string,
  postings: readonly OzonPostingRecord[],
  productOfOffer: ReadonlyMap<string, string>,
  syncedAt: string
): PageWrite {
  const orders: unknown[][] = []
  const details: unknown[][] = []
  for (const posting of postings) {
    for (const line of postingLines(posting.products)) {
      const externalId = postingLineId(posting.postingNumber, line.sku)
      const unitBefore = posting.oldPriceBySku.get(line.sku) ?? 0
      const before = Math.max(unitBefore * line.quantity, line.totalKopecks)
      orders.push(
        orderRow.params({
          account_id: accountId,
          external_id: externalId,
          marketplace: 'ozon',
          order_number: posting.postingNumber,
          ordered_at: posting.orderedAt,
          local_day: moscowDay(posting.orderedAt),
          updated_at: posting.updatedAt,
          status: ozonOrderStatus(posting.status),
          marketplace_status: ozonMarketplaceStatus(posting.status, posting.substatus),
          fulfilment: posting.scheme === 'fbo' ? 'marketplace' : 'seller',
          warehouse_name: posting.warehouseName,
          region_name: posting.regionName,
          product_external_id: productOfOffer.get(line.offerId) ?? '',
          offer_external_id: line.offerId === '' ? null : line.offerId,
          vendor_code: line.offerId,
          quantity: line.quantity,
          price_kopecks: before,
          discount_percent: before > 0 ? Math.round((100 * (before - line.totalKopecks)) / before) : 0,
          seller_price_kopecks: line.totalKopecks,
          buyer_price_kopecks: line.totalKopecks,
          currency: line.currency,
          search_text: searchText([posting.postingNumber, posting.orderNumber, line.offerId, line.sku, line.name]),
          synced_at: syncedAt
        })
      )
      details.push(
        detailsRow.params({
          account_id: accountId,
          external_id: externalId,
          posting_number: posting.postingNumber,
          order_id: posting.orderId,
          order_number: posting.orderNumber,
          scheme: posting.scheme,
          substatus: posting.substatus,
          shipment_date: posting.shipmentDate,
          delivery_schema: posting.deliverySchema,
          warehouse_id: posting.warehouseId,
          cancel_reason: posting.cancelReason,
          cancellation_initiator: posting.cancellationInitiator
        })
      )
    }
  }
  return {
    steps: [
      { sql: orderRow.sql, params: orders },
      { sql: detailsRow.sql, params: details }
    ],
    rows: orders.length
  }
}
