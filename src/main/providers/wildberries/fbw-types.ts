import { z } from 'zod'

/** supplies-api, FBW (07-orders-fbw.yaml: models.WarehousesResultItems, models.Supply, models.SupplyDetails). */

export const wbFbwWarehouses = z.array(
  z.object({
    ID: z.number().int(),
    name: z.string(),
    address: z.string().nullish(),
    isActive: z.boolean().nullish()
  })
)
export type WbFbwWarehouse = z.infer<typeof wbFbwWarehouses>[number]

export const wbFbwSupplies = z.array(
  z.object({
    supplyID: z.number().int().nullish(),
    /** 0 for every virtual supply (boxTypeID 0). */
    preorderID: z.number().int(),
    statusID: z.number().int(),
    boxTypeID: z.number().int().nullish(),
    createDate: z.string(),
    supplyDate: z.string().nullish(),
    factDate: z.string().nullish(),
    updatedDate: z.string().nullish()
  })
)
export type WbFbwSupply = z.infer<typeof wbFbwSupplies>[number]

export const wbFbwSupplyDetails = z.object({
  warehouseID: z.number().int().nullish(),
  warehouseName: z.string().nullish(),
  actualWarehouseID: z.number().int().nullish(),
  actualWarehouseName: z.string().nullish(),
  /** Roubles. */
  acceptanceCost: z.number().nullish(),
  quantity: z.number().int().nullish()
})
export type WbFbwSupplyDetails = z.infer<typeof wbFbwSupplyDetails>
