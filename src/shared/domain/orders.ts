import type { Kopecks, Money } from './money'

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

export const orderSortFields = ['date', 'totalPrice', 'finishedPrice', 'warehouse'] as const
export type OrderSortField = (typeof orderSortFields)[number]

/** A row of WB's statistics orders feed (every fulfilment type). Dates are Moscow time. */
export interface OrderRow {
  accountId: string
  accountName: string
  srid: string
  gNumber: string
  date: string
  lastChangeDate: string
  warehouseName: string
  warehouseType: string
  regionName: string
  supplierArticle: string
  nmId: number
  barcode: string
  category: string
  subject: string
  brand: string
  techSize: string
  totalPriceKopecks: Kopecks
  discountPercent: number
  spp: number
  finishedPriceKopecks: Kopecks
  priceWithDiscKopecks: Kopecks
  isCancel: boolean
  cancelDate: string | null
}

export interface OrderTotals {
  count: number
  cancelled: number
  finishedPriceKopecks: Kopecks
}

export interface OrderPage {
  rows: OrderRow[]
  total: number
  page: number
  pageSize: number
  totals: OrderTotals
}

export interface OrderFilterOptions {
  warehouseNames: string[]
  fbsWarehouses: Array<{ warehouseId: number; name: string }>
  fbsStatuses: string[]
}
