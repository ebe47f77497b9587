import { z } from 'zod'

/** The WB-warehouse stocks report of seller-analytics-api (11-analytics.yaml InventoryWbResponse). */
export const wbWarehouseStocksReport = z.object({
  data: z.object({
    items: z.array(
      z.object({
        nmId: z.number().int(),
        chrtId: z.number().int(),
        warehouseId: z.number().int(),
        warehouseName: z.string(),
        regionName: z.string().nullish(),
        quantity: z.number().int(),
        inWayToClient: z.number().int().nullish(),
        inWayFromClient: z.number().int().nullish()
      })
    )
  })
})
export type WbWarehouseStock = z.infer<typeof wbWarehouseStocksReport>['data']['items'][number]
