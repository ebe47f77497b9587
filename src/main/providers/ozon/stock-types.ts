import { z } from 'zod'
import { optionalText } from './json-fields'

const count = z
  .number()
  .int()
  .nullish()
  .transform((value) => value ?? 0)

/** POST /v1/product/info/stocks-by-warehouse/fbs (swagger.json L3930): seller stock per warehouse and SKU. */
export const ozonWarehouseStock = z.object({
  sku: z.number().int().positive(),
  warehouse_id: z.number().int().positive(),
  warehouse_name: optionalText,
  /** "Total number of items in the warehouse": the reserved ones included. */
  present: count,
  reserved: count
})
export type OzonWarehouseStock = z.infer<typeof ozonWarehouseStock>

export const ozonWarehouseStocksResponse = z.object({ result: z.array(ozonWarehouseStock).nullish() })

/** POST /v4/product/info/stocks (L3763): totals per product and scheme, with no warehouse. */
export const ozonStockTotals = z.object({
  offer_id: z.string(),
  stocks: z
    .array(
      z.object({
        /** fbs | rfbs | fbo | fbp. */
        type: optionalText,
        present: count,
        reserved: count
      })
    )
    .nullish()
})
export type OzonStockTotals = z.infer<typeof ozonStockTotals>

export const ozonStockTotalsResponse = z.object({
  items: z.array(ozonStockTotals).nullish(),
  /** Empty when there is nothing after this page. */
  cursor: optionalText
})
export type OzonStockTotalsResponse = z.infer<typeof ozonStockTotalsResponse>
