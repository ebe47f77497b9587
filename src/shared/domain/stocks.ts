export const stockSortFields = ['title', 'vendorCode', 'fbs', 'fbw', 'total'] as const
export type StockSortField = (typeof stockSortFields)[number]

/** One size of one card with its FBS stock (seller warehouses) and FBW stock (WB warehouses) side by side. */
export interface StockRow {
  accountId: string
  accountName: string
  nmId: number
  chrtId: number
  vendorCode: string
  title: string
  techSize: string
  barcode: string
  fbs: number
  fbw: number
  inWayToClient: number
  inWayFromClient: number
  total: number
  /** total is at or below the low-stock threshold asked for. */
  low: boolean
}

export interface StockTotals {
  fbs: number
  fbw: number
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
  kind: 'seller' | 'wb'
  warehouseId: number
  name: string
}

export interface StockByWarehouse extends StockWarehouse {
  amount: number
  inWayToClient: number
  inWayFromClient: number
}
