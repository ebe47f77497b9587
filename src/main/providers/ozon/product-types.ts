import { z } from 'zod'
import { ozonInstant, optionalId, optionalText } from './json-fields'
import { ozonDecimal } from './money'

/** POST /v3/product/list (swagger.json L1688): ids of one page and where the next starts. */
export const ozonProductListResponse = z.object({
  result: z.object({
    items: z.array(z.object({ product_id: z.number().int().positive(), offer_id: z.string() })),
    /** Empty on the last page. */
    last_id: optionalText
  })
})
export type OzonProductListResponse = z.infer<typeof ozonProductListResponse>

/** An amount of the product card: text, or empty where the product has none. */
const cardAmount = z.union([ozonDecimal, z.literal('')]).nullish()

/** One of Ozon's creation and validation errors of a product (items[].errors[]). */
const productError = z.object({
  code: optionalText,
  // The spec's enum (ERROR_LEVEL_*) and its own example ("ERROR") disagree: the level is kept as sent.
  level: optionalText,
  field: optionalText,
  attribute_id: optionalId,
  texts: z
    .object({ message: optionalText, short_description: optionalText, description: optionalText })
    .nullish()
})
export type OzonProductErrorItem = z.infer<typeof productError>

const statuses = z.object({
  status: optionalText,
  status_name: optionalText,
  moderate_status: optionalText,
  validation_status: optionalText
})

/** The parts of POST /v3/product/info/list `items[]` (L2089) the mirror keeps; a wrong type fails the page. */
export const ozonProductInfo = z.object({
  id: z.number().int().positive(),
  offer_id: z.string(),
  name: optionalText,
  /** 0 or missing until moderation gives the product one. */
  sku: optionalId,
  barcodes: z.array(z.string()).nullish(),
  primary_image: z.array(z.string()).nullish(),
  images: z.array(z.string()).nullish(),
  description_category_id: optionalId,
  type_id: optionalId,
  price: cardAmount,
  old_price: cardAmount,
  min_price: cardAmount,
  currency_code: optionalText,
  is_archived: z.boolean().nullish(),
  is_autoarchived: z.boolean().nullish(),
  statuses: statuses.nullish(),
  errors: z.array(productError).nullish(),
  created_at: ozonInstant,
  updated_at: ozonInstant
})
export type OzonProductInfo = z.infer<typeof ozonProductInfo>

export const ozonProductInfoResponse = z.object({ items: z.array(ozonProductInfo) })
