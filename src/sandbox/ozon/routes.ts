/** Every Ozon Seller API method the sandbox serves. */
import { accountRoutes } from './account-routes'
import { analyticsRoutes } from './analytics-routes'
import { fbsWriteRoutes } from './fbs-write-routes'
import { financeRoutes } from './finance-routes'
import { postingRoutes } from './posting-routes'
import { productRoutes } from './product-routes'
import { returnsRoutes } from './returns-routes'
import type { OzonRoute } from './routing'
import { stockRoutes } from './stock-routes'
import { warehouseRoutes } from './warehouse-routes'
import type { OzonWorld } from './world'

export function ozonRoutes(world: OzonWorld): OzonRoute[] {
  return [
    ...productRoutes(world),
    ...stockRoutes(world),
    ...warehouseRoutes(world),
    ...postingRoutes(world),
    ...fbsWriteRoutes(world),
    ...financeRoutes(world),
    ...returnsRoutes(world),
    ...analyticsRoutes(world),
    ...accountRoutes(world)
  ]
}
