/**
 * `filter.visibility` of `/v3/product/list` and `/v4/product/info/stocks`. The sandbox's reading of the spec's
 * one-line descriptions: `ALL` is every product not in the archive (archived products come with `ARCHIVED`, so a
 * full sync asks for both); "visible" means on sale with stock. Values the sandbox's world has no products for
 * (quarantine, overpriced, economy quants…) match nothing.
 */
import { isArchived, type OzonProduct } from './catalog'
import type { StockBook } from './stocks'

export const productListVisibilities = [
  'ALL', 'VISIBLE', 'INVISIBLE', 'EMPTY_STOCK', 'NOT_MODERATED', 'MODERATED', 'DISABLED', 'STATE_FAILED', 'READY_TO_SUPPLY',
  'VALIDATION_STATE_PENDING', 'VALIDATION_STATE_FAIL', 'VALIDATION_STATE_SUCCESS', 'TO_SUPPLY', 'IN_SALE', 'REMOVED_FROM_SALE',
  'OVERPRICED', 'CRITICALLY_OVERPRICED', 'EMPTY_BARCODE', 'BARCODE_EXISTS', 'QUARANTINE', 'ARCHIVED', 'OVERPRICED_WITH_STOCK',
  'PARTIAL_APPROVED', 'AUTO_ARCHIVED', 'MANUAL_ARCHIVED', 'SEASONAL_AUTO_ARCHIVED', 'VISIBLE_WITH_FBO_STOCK'
] as const

/** The v4 stocks filter's list adds BANNED. */
export const stocksVisibilities = [...productListVisibilities, 'BANNED'] as const

export type Visibility = (typeof stocksVisibilities)[number]

export function hasStock(product: OzonProduct, stocks: StockBook): boolean {
  return stocks.hasSellerStock(product.index) || stocks.hasFboStock(product.index)
}

export function isVisible(product: OzonProduct, stocks: StockBook): boolean {
  return product.state === 'onSale' && hasStock(product, stocks)
}

export function matchesVisibility(product: OzonProduct, visibility: Visibility, stocks: StockBook): boolean {
  const archived = isArchived(product)
  switch (visibility) {
    case 'ALL':
      return !archived
    case 'VISIBLE':
    case 'IN_SALE':
      return isVisible(product, stocks)
    case 'INVISIBLE':
      return !archived && !isVisible(product, stocks)
    case 'EMPTY_STOCK':
      return !archived && product.sku !== 0 && !hasStock(product, stocks)
    case 'NOT_MODERATED':
      return product.state === 'moderating' || product.state === 'failed'
    case 'MODERATED':
    case 'VALIDATION_STATE_SUCCESS':
      return !archived && product.sku !== 0
    case 'STATE_FAILED':
    case 'VALIDATION_STATE_FAIL':
      return product.state === 'failed'
    case 'VALIDATION_STATE_PENDING':
      return product.state === 'moderating'
    case 'VISIBLE_WITH_FBO_STOCK':
      return product.state === 'onSale' && stocks.hasFboStock(product.index)
    case 'EMPTY_BARCODE':
      return !archived && product.barcodes.length === 0
    case 'BARCODE_EXISTS':
      return !archived && product.barcodes.length > 0
    case 'ARCHIVED':
      return archived
    case 'MANUAL_ARCHIVED':
      return product.state === 'archived'
    case 'AUTO_ARCHIVED':
      return product.state === 'autoArchived'
    default:
      return false
  }
}
