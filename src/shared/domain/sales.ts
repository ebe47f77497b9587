import type { Kopecks } from './money'

export const saleSortFields = ['date', 'forPay', 'finishedPrice'] as const
export type SaleSortField = (typeof saleSortFields)[number]

/** A sale ("S…") or a return ("R…", negative amounts) from WB's statistics sales feed. Moscow time. */
export interface SaleRow {
  accountId: string
  accountName: string
  saleId: string
  srid: string
  date: string
  warehouseName: string
  regionName: string
  supplierArticle: string
  nmId: number
  barcode: string
  subject: string
  brand: string
  techSize: string
  isReturn: boolean
  totalPriceKopecks: Kopecks
  discountPercent: number
  spp: number
  forPayKopecks: Kopecks
  finishedPriceKopecks: Kopecks
  priceWithDiscKopecks: Kopecks
}

export interface SaleTotals {
  sales: number
  returns: number
  /** What WB pays the seller for the filtered rows, returns subtracted. */
  forPayKopecks: Kopecks
  finishedPriceKopecks: Kopecks
}

export interface SalePage {
  rows: SaleRow[]
  total: number
  page: number
  pageSize: number
  totals: SaleTotals
}
