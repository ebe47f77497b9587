/**
 * `POST /v3/product/list` and `POST /v3/product/info/list`.
 *
 * The list pages in product_id order with `last_id` (base64 `[id,id]`, empty for the first page) and `limit`
 * 1..1000; a page's `last_id` names its last product, and a page past the end is empty with `last_id: ""`.
 * `result.total` counts every product the filter matches (the spec's field; GROUND-TRUTH §2.3 says Ozon switches it
 * off on 2026-11-23, so clients must not rely on it). `filter.offer_id` / `filter.product_id` take up to 1000 ids
 * each and narrow the list together with `filter.visibility` (default ALL). Without ids, `limit` is required.
 *
 * The info method takes `offer_id[]`, `product_id[]` and `sku[]`, at most 1000 in total, at least one; answers
 * `items[]` in the order asked, each product once, unknown ids left out.
 */
import { decodeIdCursor, encodeIdCursor } from './cursor'
import type { OzonProduct } from './catalog'
import { MAX_PAGE, pageLimit, productsAfter } from './paging'
import { matchesIds, readIdFilter } from './product-filter'
import { productInfoItem, productListItem } from './product-json'
import { jsonReply, type Reply } from './replies'
import { ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { matchesVisibility, productListVisibilities } from './visibility'
import type { OzonWorld } from './world'

const MAX_IDS = 1000


function listProducts(world: OzonWorld, body: Fields): Reply {
  const filter = body.object('filter')
  const ids = readIdFilter(filter, 'GetProductListRequestFilter')
  const visibility = filter?.enumValue('visibility', productListVisibilities) ?? 'ALL'
  const byIds = ids.offerIds !== undefined || ids.productIds !== undefined
  const limit = pageLimit(body, 'GetProductListRequest', MAX_PAGE, byIds ? MAX_PAGE : undefined)
  const after = decodeIdCursor(body.string('last_id') ?? '', 'last_id')
  const matches = (product: OzonProduct) => matchesIds(product, ids) && matchesVisibility(product, visibility, world.stocks)
  const items = productsAfter(world.products, after, limit, matches)
  const last = items.at(-1)
  return jsonReply(200, {
    result: {
      items: items.map((product) => productListItem(product, world)),
      last_id: last ? encodeIdCursor(last.productId) : '',
      total: world.products.reduce((count, product) => count + (matches(product) ? 1 : 0), 0)
    }
  })
}

function productInfo(world: OzonWorld, body: Fields): Reply {
  const productIds = body.int64List('product_id') ?? []
  const offerIds = body.stringList('offer_id') ?? []
  const skus = body.int64List('sku') ?? []
  const asked = productIds.length + offerIds.length + skus.length
  if (asked === 0) throw ruleBroken('GetProductInfoListRequest', 'ProductId', 'one of product_id, offer_id or sku is required')
  if (asked > MAX_IDS) throw ruleBroken('GetProductInfoListRequest', 'ProductId', `offer_id, product_id and sku must hold no more than ${MAX_IDS} items in total`)
  const found = new Map<number, OzonProduct>()
  const keep = (product: OzonProduct | undefined) => {
    if (product && !found.has(product.index)) found.set(product.index, product)
  }
  for (const id of productIds) keep(world.productById(id))
  for (const id of offerIds) keep(world.productByOfferId(id))
  for (const id of skus) keep(world.productBySku(id))
  return jsonReply(200, { items: [...found.values()].map((product) => productInfoItem(product, world)) })
}

export function productRoutes(world: OzonWorld): OzonRoute[] {
  return [
    { path: '/v3/product/list', needsRole: true, handle: ({ body }) => listProducts(world, body) },
    { path: '/v3/product/info/list', needsRole: true, handle: ({ body }) => productInfo(world, body) }
  ]
}
