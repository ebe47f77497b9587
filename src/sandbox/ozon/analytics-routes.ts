/**
 * `POST /v1/analytics/data` for a seller without Premium Plus or Premium Pro (the sandbox's seller: /v1/seller/info
 * says `is_premium: false`). Required: `date_from` and `date_to` (`YYYY-MM-DD`, Moscow days), `dimension`,
 * `metrics` (1..14 of the spec's enum) and `limit` (1..1000); `offset` skips rows. Without Premium the method
 * gives the last three months and the metrics `revenue` and `ordered_units` only; asking for more is refused with
 * 403 `{code: 7}` (the spec does not word the refusal: the text is the sandbox's). The sandbox groups by `sku` and
 * `day`, in day then SKU order, and does not apply `filters` or `sort`. Its one request a minute is not enforced:
 * the sandbox's limits are its per-Client-Id window (rate-limit.ts).
 */
import { nameOf } from './catalog'
import { skuDaysOf, moscowDayOf, type SkuDay } from './analytics'
import { jsonReply, rpcStatusReply, RpcCode, type Reply } from './replies'
import { RequestError, ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { addMonths } from './time'
import type { OzonWorld } from './world'

const MESSAGE = 'AnalyticsGetDataRequest'
const MAX_ROWS = 1000
const MAX_METRICS = 14
const dimensions = ['unknownDimension', 'sku', 'spu', 'day', 'week', 'month', 'year', 'category1', 'category2', 'category3', 'category4', 'brand', 'modelID'] as const
const freeDimensions: ReadonlySet<string> = new Set(['unknownDimension', 'sku', 'spu', 'day', 'week', 'month'])
const servedDimensions = ['sku', 'day'] as const
const metrics = [
  'unknown_metric', 'hits_view_search', 'hits_view_pdp', 'hits_view', 'hits_tocart_search', 'hits_tocart_pdp', 'hits_tocart',
  'session_view_search', 'session_view_pdp', 'session_view', 'conv_tocart_search', 'conv_tocart_pdp', 'conv_tocart', 'revenue',
  'returns', 'cancellations', 'ordered_units', 'delivered_units', 'adv_view_pdp', 'adv_view_search_category', 'adv_view_all',
  'adv_sum_all', 'position_category', 'postings', 'postings_premium'
] as const
/** The metrics a seller without Premium gets: revenue in roubles, added up in kopecks. */
const freeMetricValues = {
  revenue: (rows: readonly SkuDay[]) => rows.reduce((sum, r) => sum + r.revenue, 0) / 100,
  ordered_units: (rows: readonly SkuDay[]) => rows.reduce((sum, r) => sum + r.orderedUnits, 0)
}

const premiumRefusal = (what: string) => rpcStatusReply(403, RpcCode.permissionDenied, `${what} is available with a Premium Plus or Premium Pro subscription only`)
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

function dayOf(body: Fields, name: string, field: string): string {
  const text = body.string(name)
  if (text === undefined || text === '') throw ruleBroken(MESSAGE, field, 'value is required')
  if (!dayPattern.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) throw ruleBroken(MESSAGE, field, 'value must be a date YYYY-MM-DD')
  return text
}

function enumList<T extends string>(body: Fields, name: string, field: string, values: readonly T[]): T[] {
  const list = body.stringList(name) ?? []
  if (list.length === 0) throw ruleBroken(MESSAGE, field, 'value must contain at least 1 item(s)')
  return list.map((value) => {
    const found = values.find((candidate) => candidate === value)
    if (!found) throw new RequestError(`proto: invalid value for enum field ${name}: ${JSON.stringify(value)}`)
    return found
  })
}

/** `2021-11-25 15:19:21`, as the spec's example stamps a report. */
const reportTimestamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')

function data(world: OzonWorld, body: Fields, nowMs: number): Reply {
  const dateFrom = dayOf(body, 'date_from', 'DateFrom')
  const dateTo = dayOf(body, 'date_to', 'DateTo')
  if (dateTo < dateFrom) throw ruleBroken(MESSAGE, 'DateTo', 'value must not be before date_from')
  const grouping = enumList(body, 'dimension', 'Dimension', dimensions)
  const asked = enumList(body, 'metrics', 'Metrics', metrics)
  if (asked.length > MAX_METRICS) throw ruleBroken(MESSAGE, 'Metrics', `value must contain no more than ${MAX_METRICS} item(s)`)
  const limit = body.integer('limit') ?? 0
  if (limit < 1 || limit > MAX_ROWS) throw ruleBroken(MESSAGE, 'Limit', `value must be inside range [1, ${MAX_ROWS}]`)
  const offset = body.integer('offset') ?? 0
  if (offset < 0) throw ruleBroken(MESSAGE, 'Offset', 'value must be greater than or equal to 0')
  const premiumDimension = grouping.find((dimension) => !freeDimensions.has(dimension))
  if (premiumDimension) return premiumRefusal(`Dimension ${premiumDimension}`)
  const premiumMetric = asked.find((metric) => !(metric in freeMetricValues))
  if (premiumMetric) return premiumRefusal(`Metric ${premiumMetric}`)
  const today = moscowDayOf(nowMs)
  if (dateFrom < new Date(addMonths(Date.parse(`${today}T00:00:00Z`), -3)).toISOString().slice(0, 10)) return premiumRefusal('Data older than three months')
  const unserved = grouping.find((dimension) => !(servedDimensions as readonly string[]).includes(dimension))
  if (unserved) throw new RequestError(`the sandbox groups by sku and day only, not by ${unserved}`)

  const groups = new Map<string, { dimensions: Array<{ id: string; name: string }>; rows: SkuDay[] }>()
  for (const row of skuDaysOf(world)) {
    if (row.day < dateFrom || row.day > dateTo) continue
    const dims = grouping.map((dimension) =>
      dimension === 'sku' ? { id: String(row.sku), name: nameOf(world.products[row.productIndex]!, world.seed) } : { id: row.day, name: '' })
    const key = dims.map((d) => d.id).join('|')
    const group = groups.get(key)
    if (group) group.rows.push(row)
    else groups.set(key, { dimensions: dims, rows: [row] })
  }
  const value = (metric: (typeof metrics)[number], rows: readonly SkuDay[]) => freeMetricValues[metric as keyof typeof freeMetricValues](rows)
  const all = [...groups.values()]
  return jsonReply(200, {
    result: {
      data: all.slice(offset, offset + limit).map((group) => ({ dimensions: group.dimensions, metrics: asked.map((metric) => value(metric, group.rows)) })),
      totals: asked.map((metric) => value(metric, all.flatMap((group) => group.rows)))
    },
    timestamp: reportTimestamp(nowMs)
  })
}

export function analyticsRoutes(world: OzonWorld): OzonRoute[] {
  return [{ path: '/v1/analytics/data', needsRole: true, handle: ({ body, nowMs }) => data(world, body, nowMs) }]
}
