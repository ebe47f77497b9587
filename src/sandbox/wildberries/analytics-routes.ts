/**
 * seller-analytics-api `POST /api/analytics/v1/stocks-report/wb-warehouses` (11-analytics.yaml): current stock on
 * WB warehouses, `{data: {items}}`, paged by `limit` (≤ 250,000) and `offset`. Basic tokens are refused upstream.
 */
import { isIntegerList, parseJsonObject } from './request-parsing'
import { analyticsErrorReply, jsonReply, type Reply } from './replies'
import type { WbRoute } from './routing'
import type { WbWorld } from './world'

const MAX_LIMIT = 250_000
const MAX_NM_IDS = 1000

export function analyticsRoutes(world: WbWorld): WbRoute[] {
  return [{
    method: 'POST',
    path: '/api/analytics/v1/stocks-report/wb-warehouses',
    group: 'analyticsWbStocks',
    category: 'analytics',
    authOrigin: 's2s-api-auth-catalog',
    handle: ({ body }) => stocksReport(world, body)
  }]
}

function stocksReport(world: WbWorld, body: string): Reply {
  const request = parseJsonObject(body)
  if (!request) return analyticsErrorReply('code=400, message=request body has an error: value must be an object')
  const { nmIds = [], chrtIds = [], limit = MAX_LIMIT, offset = 0 } = request
  if (!isIntegerList(nmIds) || nmIds.length > MAX_NM_IDS) {
    return analyticsErrorReply(`code=400, message=invalid: nmIds (must be a list of at most ${MAX_NM_IDS} integers)`)
  }
  if (!isIntegerList(chrtIds)) return analyticsErrorReply('code=400, message=invalid: chrtIds (must be a list of integers)')
  if (!Number.isSafeInteger(limit) || (limit as number) < 0 || (limit as number) > MAX_LIMIT) {
    return analyticsErrorReply(`code=400, message=invalid: limit (must be from 0 to ${MAX_LIMIT})`)
  }
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) return analyticsErrorReply('code=400, message=invalid: offset (must be no less than 0)')
  const items = world.wbStocks.rows({ nmIds, chrtIds, limit: limit as number, offset: offset as number })
  return jsonReply(200, { data: { items } })
}
