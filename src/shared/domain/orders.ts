import type { Marketplace } from './marketplace'
import type { Money } from './money'
import type { OzonOrderDetails } from './ozon-details'
import type { SaleRow } from './sales'
import type { StockHolder } from './stocks'
import type { WbOrderDetails } from './wildberries-details'

export const fbsOrderSortFields = ['createdAt', 'price', 'status'] as const
export type FbsOrderSortField = (typeof fbsOrderSortFields)[number]

/** An FBS assembly task. supplierStatus: new | confirm | complete | cancel; wbStatus as WB reports it. */
export interface FbsOrderRow {
  accountId: string
  accountName: string
  orderId: number
  createdAt: string
  nmId: number
  chrtId: number
  article: string
  title: string
  barcode: string
  warehouseId: number
  warehouseName: string
  /** In the seller's currency (WB's convertedPrice): what lists sum and sort by. */
  price: Money
  /** What the buyer was charged, in the sale's currency (WB's price); differs from `price` for a sale abroad. */
  salePrice: Money
  supplyId: string | null
  supplierStatus: string | null
  wbStatus: string | null
}

export interface FbsOrderPage {
  rows: FbsOrderRow[]
  total: number
  page: number
  pageSize: number
}

/**
 * An order line's state in one vocabulary for every marketplace (docs/marketplace-mapping.md maps Ozon's and
 * YM's statuses onto it). WB's statistics feed tells only whether an order was cancelled: 'placed' otherwise.
 */
export const orderStatuses = ['placed', 'in_assembly', 'shipped', 'delivered', 'cancelled', 'returned'] as const
export type OrderStatus = (typeof orderStatuses)[number]

export const orderSortFields = ['orderedAt', 'price', 'buyerPrice', 'warehouse'] as const
export type OrderSortField = (typeof orderSortFields)[number]

/** An order line of any marketplace and fulfilment type. Instants are UTC; money carries its currency. */
export interface OrderRow {
  accountId: string
  accountName: string
  marketplace: Marketplace
  orderId: string
  /** The number the cabinet shows (WB's gNumber, Ozon's posting number). */
  orderNumber: string
  orderedAt: string
  updatedAt: string
  status: OrderStatus
  /** The marketplace's own status, as it sent it; null where it sends none (WB's statistics feed). */
  marketplaceStatus: string | null
  cancelledAt: string | null
  fulfilment: StockHolder
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
  /** The seller's price before any discount. */
  price: Money
  discountPercent: number
  /** The marketplace's own discount to the buyer (WB's SPP). */
  marketplaceDiscountPercent: number
  sellerPrice: Money
  /** What the buyer paid. */
  buyerPrice: Money
}

export interface OrderTotals {
  count: number
  cancelled: number
  /** What buyers paid for the orders not cancelled, one sum per currency. */
  buyerPrice: Money[]
}

export interface OrderPage {
  rows: OrderRow[]
  total: number
  page: number
  pageSize: number
  totals: OrderTotals
}

export type OrderMarketplaceDetails = WbOrderDetails | OzonOrderDetails

export interface OrderDetail extends OrderRow {
  sales: SaleRow[]
  details: OrderMarketplaceDetails | null
}

export interface OrderFilterOptions {
  warehouseNames: string[]
  fbsWarehouses: Array<{ warehouseId: number; name: string }>
  fbsStatuses: string[]
}
