import { z } from 'zod'
import { ozonInstant, optionalId, optionalText } from './json-fields'
import { ozonDecimal } from './money'

/** A posting line: one SKU and how many of it; the price is per unit, in text (`{amount, currency}`). */
const postingProduct = z.object({
  sku: z.number().int().positive(),
  offer_id: optionalText,
  name: optionalText,
  quantity: z.number().int().positive(),
  price: z.object({ amount: ozonDecimal, currency: z.string().min(1) })
})
export type OzonPostingProduct = z.infer<typeof postingProduct>

/** `financial_data.products[]`: roubles as JSON numbers; `product_id` is, despite its name, the SKU. */
const financialProduct = z.object({
  product_id: z.number().int(),
  old_price: z.number().nullish()
})

const cancellation = z.object({ cancel_reason: optionalText, cancellation_initiator: optionalText })

const postingCommon = {
  posting_number: z.string().min(1),
  order_id: optionalId,
  order_number: optionalText,
  status: z.string().min(1),
  substatus: optionalText,
  products: z.array(postingProduct),
  financial_data: z.object({ products: z.array(financialProduct).nullish() }).nullish(),
  cancellation: cancellation.nullish()
}

/** POST /v4/posting/fbs/list (swagger.json L14037) `postings[]`: FBS and rFBS shipments. */
export const ozonFbsPosting = z.object({
  ...postingCommon,
  /** v4 FBS has no created_at: processing starts when the buyer has ordered. */
  in_process_at: ozonInstant,
  shipment_date: ozonInstant.nullish(),
  delivering_date: ozonInstant.nullish(),
  delivery_schema: optionalText,
  delivery_method: z.object({ warehouse_id: optionalId, warehouse: optionalText }).nullish(),
  analytics_data: z.object({ region: optionalText, city: optionalText }).nullish()
})
export type OzonFbsPosting = z.infer<typeof ozonFbsPosting>

/** POST /v3/posting/fbo/list (L8573) `postings[]`: shipments from Ozon's warehouses. */
export const ozonFboPosting = z.object({
  ...postingCommon,
  created_at: ozonInstant,
  in_process_at: ozonInstant.nullish(),
  analytics_data: z.object({ city: optionalText, warehouse_id: optionalId, warehouse_name: optionalText }).nullish()
})
export type OzonFboPosting = z.infer<typeof ozonFboPosting>

const postingPage = <P extends z.ZodType>(posting: P) =>
  z.object({
    postings: z.array(posting).nullish(),
    /** Where the next page starts; the spec's has_next says whether there is one. */
    cursor: optionalText,
    has_next: z.boolean().nullish()
  })

export const ozonFbsPostingPage = postingPage(ozonFbsPosting)
export const ozonFboPostingPage = postingPage(ozonFboPosting)
export type OzonPostingPage<P> = { postings?: P[] | null; cursor: string; has_next?: boolean | null }
