import { z } from 'zod'

/**
 * Rows of the statistics feeds (12-reports.yaml OrdersItem, SalesItem). Dates are Moscow time without an
 * offset; money is roubles with up to two decimals.
 */
const feedRow = {
  date: z.string(),
  lastChangeDate: z.string(),
  warehouseName: z.string().nullish(),
  regionName: z.string().nullish(),
  supplierArticle: z.string().nullish(),
  nmId: z.number().int(),
  barcode: z.string().nullish(),
  subject: z.string().nullish(),
  brand: z.string().nullish(),
  techSize: z.string().nullish(),
  totalPrice: z.number(),
  discountPercent: z.number().nullish(),
  spp: z.number().nullish(),
  finishedPrice: z.number(),
  priceWithDisc: z.number(),
  gNumber: z.string().nullish(),
  srid: z.string().min(1)
}

export const wbStatisticsOrder = z.object({
  ...feedRow,
  warehouseType: z.string().nullish(),
  category: z.string().nullish(),
  isCancel: z.boolean(),
  cancelDate: z.string().nullish(),
  sticker: z.string().nullish()
})
export type WbStatisticsOrder = z.infer<typeof wbStatisticsOrder>

export const wbStatisticsSale = z.object({
  ...feedRow,
  saleID: z.string().min(1),
  paymentSaleAmount: z.number().nullish(),
  forPay: z.number()
})
export type WbStatisticsSale = z.infer<typeof wbStatisticsSale>

/** Where a statistics feed stopped: the lastChangeDate of the last row committed, as WB wrote it. */
export const wbFeedCursor = z.object({ dateFrom: z.string() })
export type WbFeedCursor = z.infer<typeof wbFeedCursor>
