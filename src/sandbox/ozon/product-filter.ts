/** `filter.offer_id` and `filter.product_id` of the product list and v4 stocks: up to 1000 ids each, both must match. */
import type { OzonProduct } from './catalog'
import { ruleBroken, type Fields } from './request-parsing'

const MAX_IDS = 1000

export interface IdFilter {
  offerIds?: ReadonlySet<string>
  productIds?: ReadonlySet<string>
}

export function readIdFilter(filter: Fields | undefined, message: string): IdFilter {
  const offerIds = filter?.stringList('offer_id')
  const productIds = filter?.int64List('product_id')
  if ((offerIds?.length ?? 0) > MAX_IDS) throw ruleBroken(message, 'OfferId', `value must contain no more than ${MAX_IDS} item(s)`)
  if ((productIds?.length ?? 0) > MAX_IDS) throw ruleBroken(message, 'ProductId', `value must contain no more than ${MAX_IDS} item(s)`)
  return {
    ...(offerIds && offerIds.length > 0 ? { offerIds: new Set(offerIds) } : {}),
    ...(productIds && productIds.length > 0 ? { productIds: new Set(productIds) } : {})
  }
}

export function matchesIds(product: OzonProduct, ids: IdFilter): boolean {
  return (!ids.offerIds || ids.offerIds.has(product.offerId)) && (!ids.productIds || ids.productIds.has(String(product.productId)))
}
