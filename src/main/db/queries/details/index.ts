import type { Marketplace } from '../../../../shared/domain/marketplace'
import type { OrderMarketplaceDetails } from '../../../../shared/domain/orders'
import type { ProductMarketplaceDetails } from '../../../../shared/domain/products'
import type { Drizzle } from '../../open'
import { ozonOrderDetailsOf, ozonProductDetailsOf } from './ozon'
import { wildberriesOrderDetails, wildberriesProductDetails } from './wildberries'

/** Reads one row's fields from the marketplace's own extension table, keyed like the neutral row. */
type DetailQuery<T> = (db: Drizzle, accountId: string, externalId: string) => T | undefined

interface MarketplaceDetailQueries {
  product?: DetailQuery<ProductMarketplaceDetails>
  order?: DetailQuery<OrderMarketplaceDetails>
}

/** A marketplace that keeps no fields of its own for a kind of row has no entry for it; its rows get no section. */
const detailQueries: Record<Marketplace, MarketplaceDetailQueries> = {
  wildberries: { product: wildberriesProductDetails, order: wildberriesOrderDetails },
  ozon: { product: ozonProductDetailsOf, order: ozonOrderDetailsOf },
  'yandex-market': {}
}

export function productDetailsOf(db: Drizzle, marketplace: Marketplace, accountId: string, productId: string): ProductMarketplaceDetails | null {
  return detailQueries[marketplace].product?.(db, accountId, productId) ?? null
}

export function orderDetailsOf(db: Drizzle, marketplace: Marketplace, accountId: string, orderId: string): OrderMarketplaceDetails | null {
  return detailQueries[marketplace].order?.(db, accountId, orderId) ?? null
}
