import { z } from 'zod'
import { optionalText } from './json-fields'

/** An int64: a number in the schema, decimal text in the spec's example (protojson writes int64 so). */
const int64 = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)])

/** POST /v1/returns/list (swagger.json L17220) `returns[]`, in the fields that place a return on an order line. */
export const ozonReturn = z.object({
  id: int64,
  /** Cancellation (before shipping), FullReturn, PartialReturn (on shipping), ClientReturn (after), Unknown (technical). */
  type: optionalText,
  posting_number: optionalText,
  product: z.object({ sku: int64.nullish() }).nullish()
})
export type OzonReturn = z.infer<typeof ozonReturn>

export const ozonReturnsPage = z.object({
  returns: z.array(ozonReturn).nullish(),
  /** Whether the seller has more returns after the last of this page. */
  has_next: z.boolean().nullish()
})
export type OzonReturnsPage = z.infer<typeof ozonReturnsPage>
