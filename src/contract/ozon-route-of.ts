import { ozonRoutes } from '../main/providers/ozon/client'
import { ozonFbsReadRoutes, ozonFbsWriteRoutes } from '../main/providers/ozon/fbs-client'
import { ozonFinanceRoutes } from '../main/providers/ozon/finance-client'

/** Every method the app's syncs and checks read, by name. */
export const ozonReadPaths: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...ozonRoutes, ...ozonFinanceRoutes }).map(([name, route]) => [name, route.path])
)

const ozonPaths = new Map<string, string>(Object.entries({ ...ozonReadPaths, ...ozonFbsReadRoutes, ...ozonFbsWriteRoutes }).map(([name, path]) => [path, name]))

/** Which of the app's Ozon methods a request was, or null for anything else; every Ozon method is a POST to a fixed path. */
export function ozonRouteOf(method: string, url: string): string | null {
  if (method !== 'POST') return null
  return ozonPaths.get(url.split('?')[0] ?? '') ?? null
}
