import type { Marketplace } from './marketplace'

export const stockSortFields = ['title', 'vendorCode', 'atSeller', 'atMarketplace', 'total'] as const
export type StockSortField = (typeof stockSortFields)[number]

/**
 * Who holds the goods: the seller's own warehouse (WB FBS, Ozon FBS/rFBS, YM FBS/DBS) or the marketplace's
 * (WB FBW, Ozon FBO, YM FBY).
 */
export type StockHolder = 'seller' | 'marketplace'

/** One offer with its stock on the seller's warehouses and on the marketplace's side by side. */
export interface StockRow {
  accountId: string
  accountName: string
  marketplace: Marketplace
  productId: string
  offerId: string
  vendorCode: string
  title: string
  size: string
  barcode: string
  atSeller: number
  atMarketplace: number
  inWayToClient: number
  inWayFromClient: number
  total: number
  /** total is at or below the low-stock threshold asked for. */
  low: boolean
}

export interface StockTotals {
  atSeller: number
  atMarketplace: number
  inWayToClient: number
  inWayFromClient: number
  lowRows: number
}

export interface StockPage {
  rows: StockRow[]
  total: number
  page: number
  pageSize: number
  totals: StockTotals
}

export interface StockWarehouse {
  marketplace: Marketplace
  heldBy: StockHolder
  /** The marketplace's warehouse id as text, unique within its marketplace. */
  warehouseId: string
  name: string
}

export interface StockByWarehouse extends StockWarehouse {
  available: number
  reserved: number
  inWayToClient: number
  inWayFromClient: number
}
