import { wbRoutes } from '../main/providers/wildberries/client'

export type WbRouteName = keyof typeof wbRoutes

const matchers = (Object.entries(wbRoutes) as Array<[WbRouteName, (typeof wbRoutes)[WbRouteName]]>).map(([name, route]) => ({
  name,
  method: route.method as string,
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`)
}))

/** Which of the app's WB routes a request (method, path and query) was, or null for anything else. */
export function wbRouteOf(method: string, url: string): WbRouteName | null {
  const path = url.split('?')[0] ?? ''
  return matchers.find((m) => m.method === method && m.pattern.test(path))?.name ?? null
}
