/**
 * `POST /v4/product/info/stocks` and `POST /v1/product/info/stocks-by-warehouse/fbs`.
 *
 * v4: `filter` and `limit` (1..1000) required (the schema's `required`); pages in product_id order with `cursor`
 * (base64 `[id,id]`, as recorded from Ozon), empty past the end; `total` counts the products the filter matches.
 * Each moderated product has an `fbs` and an `fbo` row (zero when it has none there, as a recorded answer shows)
 * and an `rfbs` row when an rFBS warehouse holds it; products without an SKU have no rows. `warehouse_ids`
 * (deprecated since 2025-12-18) lists the warehouses of the row.
 *
 * By warehouse: `sku[]` or `offer_id[]` (both: only `sku` counts, as the spec says), at most 500 (the sandbox's cap;
 * the spec gives none); one row per product and seller warehouse (FBS and rFBS) that holds it.
 */
import type { OzonProduct } from './catalog'
import { decodeIdCursor, encodeIdCursor } from './cursor'
import { MAX_PAGE, pageLimit, productsAfter } from './paging'
import { matchesIds, readIdFilter } from './product-filter'
import { jsonReply, type Reply } from './replies'
import { ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { presentOf, type StockEntry } from './stocks'
import { matchesVisibility, stocksVisibilities } from './visibility'
import type { OzonWorld } from './world'

const MAX_BY_WAREHOUSE = 500

function stockRow(type: 'fbs' | 'rfbs' | 'fbo', sku: number, entries: readonly StockEntry[]) {
  return {
    present: entries.reduce((sum, entry) => sum + presentOf(entry), 0),
    reserved: entries.reduce((sum, entry) => sum + entry.reserved, 0),
    shipment_type: 'SHIPMENT_TYPE_GENERAL',
    sku,
    type,
    warehouse_ids: entries.map((entry) => entry.warehouseId)
  }
}

function stocksItem(product: OzonProduct, world: OzonWorld) {
  if (product.sku === 0) return { offer_id: product.offerId, product_id: product.productId, stocks: [] }
  const seller = world.stocks.seller.get(product.index) ?? []
  const rfbs = seller.filter((entry) => world.sellerWarehouse(entry.warehouseId)?.isRfbs)
  const fbs = seller.filter((entry) => !rfbs.includes(entry))
  return {
    offer_id: product.offerId,
    product_id: product.productId,
    stocks: [
      stockRow('fbs', product.sku, fbs),
      ...(rfbs.length > 0 ? [stockRow('rfbs', product.sku, rfbs)] : []),
      stockRow('fbo', product.sku, world.stocks.fbo.get(product.index) ?? [])
    ]
  }
}

function productStocks(world: OzonWorld, body: Fields): Reply {
  const filter = body.object('filter')
  if (!filter) throw ruleBroken('GetProductInfoStocksRequest', 'Filter', 'value is required')
  const ids = readIdFilter(filter, 'GetProductInfoStocksRequestFilter')
  const visibility = filter.enumValue('visibility', stocksVisibilities) ?? 'ALL'
  filter.object('with_quant')
  const limit = pageLimit(body, 'GetProductInfoStocksRequest', MAX_PAGE)
  const after = decodeIdCursor(body.string('cursor') ?? '', 'cursor')
  const matches = (product: OzonProduct) => matchesIds(product, ids) && matchesVisibility(product, visibility, world.stocks)
  const items = productsAfter(world.products, after, limit, matches)
  const last = items.at(-1)
  return jsonReply(200, {
    cursor: last ? encodeIdCursor(last.productId) : '',
    items: items.map((product) => stocksItem(product, world)),
    total: world.products.reduce((count, product) => count + (matches(product) ? 1 : 0), 0)
  })
}

function stocksByWarehouse(world: OzonWorld, body: Fields): Reply {
  const skus = body.int64List('sku') ?? []
  const offerIds = skus.length > 0 ? [] : (body.stringList('offer_id') ?? [])
  if (skus.length === 0 && offerIds.length === 0) throw ruleBroken('GetProductInfoStocksByWarehouseFbsRequest', 'Sku', 'sku or offer_id is required')
  if (skus.length > MAX_BY_WAREHOUSE) throw ruleBroken('GetProductInfoStocksByWarehouseFbsRequest', 'Sku', `value must contain no more than ${MAX_BY_WAREHOUSE} item(s)`)
  if (offerIds.length > MAX_BY_WAREHOUSE) throw ruleBroken('GetProductInfoStocksByWarehouseFbsRequest', 'OfferId', `value must contain no more than ${MAX_BY_WAREHOUSE} item(s)`)
  const products = new Map<number, OzonProduct>()
  for (const sku of skus) {
    const product = world.productBySku(sku)
    if (product) products.set(product.index, product)
  }
  for (const offerId of offerIds) {
    const product = world.productByOfferId(offerId)
    if (product) products.set(product.index, product)
  }
  const result = [...products.values()].flatMap((product) =>
    product.sku === 0
      ? []
      : (world.stocks.seller.get(product.index) ?? []).map((entry) => ({
          sku: product.sku,
          offer_id: product.offerId,
          present: presentOf(entry),
          product_id: product.productId,
          reserved: entry.reserved,
          warehouse_id: entry.warehouseId,
          warehouse_name: world.sellerWarehouse(entry.warehouseId)?.name ?? ''
        })))
  return jsonReply(200, { result })
}

export function stockRoutes(world: OzonWorld): OzonRoute[] {
  return [
    { path: '/v4/product/info/stocks', needsRole: true, handle: ({ body }) => productStocks(world, body) },
    { path: '/v1/product/info/stocks-by-warehouse/fbs', needsRole: true, handle: ({ body }) => stocksByWarehouse(world, body) }
  ]
}
