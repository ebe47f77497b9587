import type { Marketplace } from './marketplace'
import type { Money } from './money'

export const saleSortFields = ['soldAt', 'payout', 'buyerPrice'] as const
export type SaleSortField = (typeof saleSortFields)[number]

/** A sale or a return (negative amounts) of any marketplace, with what the marketplace pays the seller. */
export interface SaleRow {
  accountId: string
  accountName: string
  marketplace: Marketplace
  saleId: string
  orderId: string
  orderNumber: string
  kind: 'sale' | 'return'
  soldAt: string
  warehouseName: string
  regionName: string
  productId: string
  /** The product's title, where its product is mirrored; '' otherwise. */
  title: string
  vendorCode: string
  barcode: string
  category: string
  brand: string
  size: string
  quantity: number
  price: Money
  discountPercent: number
  marketplaceDiscountPercent: number
  sellerPrice: Money
  buyerPrice: Money
  /** What the marketplace pays the seller; negative for a return. */
  payout: Money
}

export interface SaleTotals {
  sales: number
  returns: number
  /** What the marketplaces pay for the filtered rows, returns subtracted, one sum per currency. */
  payout: Money[]
  buyerPrice: Money[]
}

export interface SalePage {
  rows: SaleRow[]
  total: number
  page: number
  pageSize: number
  totals: SaleTotals
}
