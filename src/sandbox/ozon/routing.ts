/**
 * The Ozon methods the sandbox serves, described once: path, whether a key needs a role for it, and the handler.
 * Every Seller API method is a POST with a JSON body on one host (api-seller.ozon.ru).
 */
import type { ApiKeyRecord } from './auth'
import type { Fields } from './request-parsing'
import type { Reply } from './replies'

export interface MethodRequest {
  body: Fields
  nowMs: number
  /** The key the request came with. */
  key: ApiKeyRecord
}

export interface OzonRoute {
  path: string
  /** False for methods every valid key may call. */
  needsRole: boolean
  /** Throws RequestError for a request the method's validation refuses. */
  handle(request: MethodRequest): Reply
}

export function routeTable(routes: readonly OzonRoute[]): ReadonlyMap<string, OzonRoute> {
  return new Map(routes.map((route) => [route.path, route]))
}
