/** Page sizes and keyset positions the list methods share. */
import type { OzonProduct } from './catalog'
import { ruleBroken, type Fields } from './request-parsing'

export const MAX_PAGE = 1000

/** The first index whose product_id is above `productId` (products are in product_id order). */
export function positionAfter(products: readonly OzonProduct[], productId: number | undefined): number {
  if (productId === undefined) return 0
  let low = 0
  let high = products.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (products[middle]!.productId <= productId) low = middle + 1
    else high = middle
  }
  return low
}

/** `limit` within 1..max; `fallback` when it is absent or 0 (protobuf cannot tell the two apart). */
/** Up to `limit` products after the cursor's product_id that `matches` keeps, in the catalogue's order. */
export function productsAfter(
  products: readonly OzonProduct[],
  after: number | undefined,
  limit: number,
  matches: (product: OzonProduct) => boolean
): OzonProduct[] {
  const items: OzonProduct[] = []
  for (let k = positionAfter(products, after); k < products.length && items.length < limit; k++) {
    const product = products[k]!
    if (matches(product)) items.push(product)
  }
  return items
}

export function pageLimit(body: Fields, message: string, max: number, fallback?: number): number {
  const limit = body.integer('limit') ?? 0
  if (limit === 0 && fallback !== undefined) return fallback
  if (limit < 1 || limit > max) throw ruleBroken(message, 'Limit', `value must be inside range [1, ${max}]`)
  return limit
}
