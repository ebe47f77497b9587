import { z } from 'zod'
import { optionalText } from './json-fields'

/** POST /v2/warehouse/list (swagger.json L7832): the seller's FBS and rFBS warehouses, a page at a time. */
export const ozonWarehouse = z.object({
  warehouse_id: z.number().int().positive(),
  name: optionalText,
  /** new | created | disabled | blocked | disabled_due_to_limit | error (the cabinet's statuses, L36415). */
  status: optionalText,
  is_rfbs: z.boolean().nullish(),
  address_info: z.object({ address: optionalText }).nullish()
})
export type OzonWarehouse = z.infer<typeof ozonWarehouse>

export const ozonWarehouseListResponse = z.object({
  warehouses: z.array(ozonWarehouse).nullish(),
  /** Empty when there is nothing after this page. */
  cursor: optionalText,
  has_next: z.boolean().nullish()
})
export type OzonWarehouseListResponse = z.infer<typeof ozonWarehouseListResponse>
