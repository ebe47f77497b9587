import type { Marketplace } from './marketplace'
import type { OzonProductDetails } from './ozon-details'
import type { WbProductDetails } from './wildberries-details'

export const productSortFields = ['title', 'vendorCode', 'productId', 'brand', 'updatedAt'] as const
export type ProductSortField = (typeof productSortFields)[number]

/** A product card of any marketplace; `productId` is the marketplace's own id as text (WB's nmID). */
export interface ProductRow {
  accountId: string
  accountName: string
  marketplace: Marketplace
  productId: string
  vendorCode: string
  title: string
  brand: string
  category: string
  thumbnailUrl: string | null
  barcodes: string[]
  updatedAt: string
}

export interface ProductPage {
  rows: ProductRow[]
  total: number
  page: number
  pageSize: number
}

export interface ProductPhoto {
  big: string
  small: string
}

/** A product's sellable unit: WB's size (chrtID), Ozon's or Yandex Market's offer. */
export interface ProductOffer {
  offerId: string
  size: string
  /** The size as the marketplace shows it to buyers; empty where it has none of its own. */
  marketplaceSize: string
  barcodes: string[]
}

/** What only one marketplace knows of a product, shown in that marketplace's section of the detail panel. */
export type ProductMarketplaceDetails = WbProductDetails | OzonProductDetails

export interface ProductDetail extends ProductRow {
  description: string
  photos: ProductPhoto[]
  offers: ProductOffer[]
  createdAt: string
  details: ProductMarketplaceDetails | null
}
