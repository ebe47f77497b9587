/**
 * statistics-api `GET /api/v1/supplier/orders` and `/sales` (12-reports.yaml): `dateFrom` is required, a date or
 * date-time in Moscow time; `flag=1` returns the whole calendar day by order/sale date instead of a page.
 */
import { DAY_MS, moscowDayStart, parseMoscowDateTime } from './moscow-time'
import { parseIntegerText } from './request-parsing'
import { statisticsErrorReply, type Reply, type StreamedReply } from './replies'
import type { RouteRequest, WbRoute } from './routing'
import { dayRows, pageFrom, range, rowsJson, type FeedSource } from './statistics-paging'
import type { SerialisedFeed } from './serialised-feed'
import type { WbWorld } from './world'

const AUTH_ORIGIN = 's2s-api-auth-stat'

export function statisticsRoutes(world: WbWorld): WbRoute[] {
  const feed = (name: 'orders' | 'sales') => (request: RouteRequest) =>
    serveFeed(world.statistics[name], world.serialisedFeeds[name], request, world.statisticsPageSize)
  return [
    { method: 'GET', path: '/api/v1/supplier/orders', group: 'statisticsOrders', category: 'statistics', authOrigin: AUTH_ORIGIN, handle: feed('orders') },
    { method: 'GET', path: '/api/v1/supplier/sales', group: 'statisticsSales', category: 'statistics', authOrigin: AUTH_ORIGIN, handle: feed('sales') }
  ]
}

const jsonChunks = (chunks: Iterable<string | Buffer>): StreamedReply =>
  ({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, chunks })

function serveFeed(
  source: FeedSource<unknown>,
  serialised: SerialisedFeed | undefined,
  { query }: RouteRequest,
  pageSize: number
): Reply | StreamedReply {
  const dateFromText = query.get('dateFrom')
  if (dateFromText === null || dateFromText === '') return statisticsErrorReply(['dateFrom: field required'])
  const dateFromMs = parseMoscowDateTime(dateFromText)
  if (dateFromMs === undefined) return statisticsErrorReply('dateFrom: Value not validated')
  const flag = query.has('flag') ? parseIntegerText(query.get('flag')) : 0
  if (flag === undefined) return statisticsErrorReply('flag: Value not validated')
  if (flag === 1) {
    const dayStartMs = moscowDayStart(dateFromMs)
    return jsonChunks(rowsJson(source, dayRows(source, dayStartMs, dayStartMs + DAY_MS)))
  }
  const page = pageFrom(source, dateFromMs, pageSize)
  return jsonChunks(serialised ? serialised.page(page.start, page.end) : rowsJson(source, range(page.start, page.end)))
}
