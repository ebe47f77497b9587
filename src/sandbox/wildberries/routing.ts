/**
 * The WB routes the sandbox serves, described once: method and path template, the rate-limit group they count
 * against, the token category they need, and the handler. All routes share one origin; the app points every WB host
 * at it.
 */
import type { WbRateGroup } from './rate-groups'
import type { Reply, StreamedReply } from './replies'
import type { WbTokenCategory } from './tokens'

export interface RouteRequest {
  params: Readonly<Record<string, string>>
  query: URLSearchParams
  body: string
  nowMs: number
}

export interface WbRoute {
  method: 'GET' | 'POST' | 'PATCH'
  /** e.g. `/api/v3/supplies/{supplyId}`; the stats key is `${method} ${path}`. */
  path: string
  group: WbRateGroup
  /** Token category the route needs; undefined lets any valid token in. */
  category?: WbTokenCategory
  /** The auth gateway named in the route's 401/403/429 answers. */
  authOrigin: string
  handle(request: RouteRequest): Reply | StreamedReply
}

export interface RouteMatch {
  route: WbRoute
  params: Record<string, string>
}

export function routeMatcher(routes: readonly WbRoute[]): (method: string, pathname: string) => RouteMatch | undefined {
  const compiled = routes.map((route) => {
    const names: string[] = []
    const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name)
      return '([^/]+)'
    })
    return { route, names, pattern: new RegExp(`^${source}$`) }
  })
  return (method, pathname) => {
    for (const { route, names, pattern } of compiled) {
      if (route.method !== method) continue
      const match = pattern.exec(pathname)
      if (!match) continue
      return { route, params: Object.fromEntries(names.map((name, k) => [name, decodePathSegment(match[k + 1]!)])) }
    }
    return undefined
  }
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
