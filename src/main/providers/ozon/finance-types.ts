import { z } from 'zod'
import { ozonInstant, optionalText } from './json-fields'
import { isoUtc } from './time'

/** An int64 id: the spec's examples write them as numbers, protojson as decimal text; kept as text. */
const int64Id = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).transform(String)

/** Roubles as a JSON number (format double); absent means none. */
const roubles = z.number().finite().nullish().transform((value) => value ?? 0)

const spaceSeparated = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/**
 * `2021-11-01 00:00:00` (the spec's example) carries no offset, and the Seller API works in UTC (L137); an RFC 3339
 * instant is taken as written. Either becomes the mirror's fixed-width UTC form.
 */
const operationInstant = z
  .string()
  .transform((text) => (spaceSeparated.test(text) ? `${text.replace(' ', 'T')}Z` : text))
  .pipe(ozonInstant)
  .transform(isoUtc)

/** POST /v3/finance/transaction/list (swagger.json L20290) `result.operations[]`. */
export const ozonFinanceOperation = z.object({
  operation_id: int64Id,
  operation_type: z.string().min(1),
  operation_type_name: optionalText,
  operation_date: operationInstant,
  type: optionalText,
  accruals_for_sale: roubles,
  sale_commission: roubles,
  delivery_charge: roubles,
  return_delivery_charge: roubles,
  amount: roubles,
  posting: z
    .object({ posting_number: optionalText, delivery_schema: optionalText, order_date: optionalText, warehouse_id: z.number().int().nullish() })
    .nullish(),
  items: z.array(z.object({ sku: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]), name: optionalText })).nullish(),
  services: z.array(z.object({ name: optionalText, price: roubles })).nullish()
})
export type OzonFinanceOperation = z.infer<typeof ozonFinanceOperation>

export const ozonFinanceTransactionPage = z.object({
  result: z.object({
    operations: z.array(ozonFinanceOperation).nullish(),
    /** Pages of the whole period; 0 when nothing matched. */
    page_count: z.number().int().nonnegative().nullish(),
    row_count: z.number().int().nonnegative().nullish()
  })
})
export type OzonFinanceTransactionPage = z.infer<typeof ozonFinanceTransactionPage>

/** POST /v1/seller/info: the currency Ozon settles with the seller in, and whether the seller has Premium. */
export const ozonSellerInfo = z.object({
  company: z.object({ currency: optionalText }).nullish(),
  subscription: z.object({ is_premium: z.boolean().nullish() }).nullish()
})
export type OzonSellerInfo = z.infer<typeof ozonSellerInfo>
