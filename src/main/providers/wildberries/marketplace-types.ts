import { z } from 'zod'

/**
 * marketplace-api responses the mirror reads (02-items.yaml seller warehouses and stocks, 03-orders-fbs.yaml
 * orders and supplies). Fields WB may omit are optional; a field of the wrong type fails the call.
 */

export const wbSellerWarehouses = z.array(
  z.object({
    id: z.number().int(),
    name: z.string(),
    officeId: z.number().int().nullish(),
    cargoType: z.number().int().nullish(),
    deliveryType: z.number().int().nullish(),
    isDeleting: z.boolean().nullish()
  })
)
export type WbSellerWarehouse = z.infer<typeof wbSellerWarehouses>[number]

export const wbOffices = z.array(
  z.object({
    id: z.number().int(),
    name: z.string(),
    city: z.string().nullish(),
    address: z.string().nullish(),
    cargoType: z.number().int().nullish(),
    deliveryType: z.number().int().nullish()
  })
)
export type WbOffice = z.infer<typeof wbOffices>[number]

export const wbFbsStocksResponse = z.object({
  stocks: z.array(z.object({ chrtId: z.number().int(), amount: z.number().int() }))
})
export type WbFbsStock = z.infer<typeof wbFbsStocksResponse>['stocks'][number]

const order = z.object({
  id: z.number().int(),
  rid: z.string().nullish(),
  orderUid: z.string().nullish(),
  createdAt: z.string(),
  warehouseId: z.number().int(),
  officeId: z.number().int().nullish(),
  nmId: z.number().int(),
  chrtId: z.number().int(),
  article: z.string().nullish(),
  skus: z.array(z.string()).nullish(),
  /** Already kopecks: "умноженная на 100" (03-orders-fbs.yaml, Order.price). */
  price: z.number().int(),
  convertedPrice: z.number().int().nullish(),
  currencyCode: z.number().int(),
  convertedCurrencyCode: z.number().int().nullish(),
  cargoType: z.number().int().nullish(),
  deliveryType: z.string().nullish(),
  supplyId: z.string().nullish()
})
export type WbFbsOrder = z.infer<typeof order>

export const wbOrdersPage = z.object({ next: z.number().int(), orders: z.array(order) })
export type WbOrdersPage = z.infer<typeof wbOrdersPage>

export const wbNewOrders = z.object({ orders: z.array(order) })

export const wbOrderStatuses = z.object({
  orders: z.array(
    z.object({
      id: z.number().int(),
      supplierStatus: z.string().nullish(),
      wbStatus: z.string().nullish()
    })
  )
})
export type WbOrderStatus = z.infer<typeof wbOrderStatuses>['orders'][number]

const supply = z.object({
  id: z.string(),
  name: z.string().nullish(),
  done: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullish(),
  scanDt: z.string().nullish(),
  cargoType: z.number().int().nullish()
})
export type WbFbsSupply = z.infer<typeof supply>

export const wbSuppliesPage = z.object({ next: z.number().int(), supplies: z.array(supply) })
export type WbSuppliesPage = z.infer<typeof wbSuppliesPage>

export const wbCreatedSupply = z.object({ id: z.string().min(1) })

export const wbSupplyOrderIds = z.object({ orderIds: z.array(z.number().int()) })
