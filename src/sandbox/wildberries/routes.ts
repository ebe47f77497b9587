/** Every WB route the sandbox serves, by API host. */
import { analyticsRoutes } from './analytics-routes'
import { contentRoutes } from './content-routes'
import { marketplaceRoutes } from './marketplace-routes'
import type { WbRoute } from './routing'
import { statisticsRoutes } from './statistics-routes'
import { suppliesRoutes } from './supplies-routes'
import type { WbWorld } from './world'

export function wbRoutes(world: WbWorld): WbRoute[] {
  return [
    ...contentRoutes(world),
    ...marketplaceRoutes(world),
    ...statisticsRoutes(world),
    ...suppliesRoutes(world),
    ...analyticsRoutes(world)
  ]
}
