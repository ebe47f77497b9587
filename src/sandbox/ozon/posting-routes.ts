/**
 * `POST /v4/posting/fbs/list` and `POST /v3/posting/fbo/list`.
 *
 * Both: `filter.since` and `filter.to` required (RFC 3339, any offset), `to` not before `since`, the period at most
 * a year (365 days; longer is 400 `PERIOD_IS_TOO_LONG`, the code the spec names for FBO and clients meet for FBS);
 * `limit` 1..100 required; `sort_dir` ASC (default) or DESC, in any case (the spec's examples write `asc`);
 * `cursor` names the last posting of the previous page; `has_next` says whether more match. An empty page has
 * cursor "". FBS postings are in `in_process_at` order and filtered on it; FBO postings on `created_at`. The v3
 * FBO schema marks nothing required; requiring the period there is the sandbox's choice.
 *
 * FBS filters: statuses, warehouse_ids, delivery_method_ids, provider_ids, order_id, order_numbers and
 * last_changed_status_date {from, to} (when the status last changed; for incremental syncs). FBO: statuses,
 * posting_numbers, order_numbers (at most 1000 each).
 */
import { decodePostingCursor, encodePostingCursor } from './cursor'
import { pageLimit } from './paging'
import { fboPostingJson, fbsPostingJson } from './posting-json'
import type { FboPosting, FbsPosting } from './postings'
import { invalidArgumentReply, jsonReply, type Reply } from './replies'
import { RequestError, ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { DAY_MS, formatStoredTimestamp, parseTimestamp } from './time'
import type { OzonWorld } from './world'

const MAX_POSTINGS = 100
const MAX_PERIOD_MS = 365 * DAY_MS
const MAX_NUMBERS = 1000

function timestampOf(fields: Fields, name: string, path: string): number | undefined {
  const text = fields.string(name)
  if (text === undefined) return undefined
  const ms = parseTimestamp(text)
  if (ms === undefined) throw new RequestError(`proto: invalid value for google.protobuf.Timestamp field ${path}: ${JSON.stringify(text)}`)
  return ms
}

interface Period {
  sinceMs: number
  toMs: number
}

/** The filter's period, or the 400 that refuses it. */
function periodOf(filter: Fields | undefined, message: string): Period | Reply {
  if (!filter) throw ruleBroken(message.replace('.Filter', ''), 'Filter', 'value is required')
  const sinceMs = timestampOf(filter, 'since', 'filter.since')
  const toMs = timestampOf(filter, 'to', 'filter.to')
  if (sinceMs === undefined) throw ruleBroken(message, 'Since', 'value is required')
  if (toMs === undefined) throw ruleBroken(message, 'To', 'value is required')
  if (toMs < sinceMs) throw ruleBroken(message, 'To', 'value must be after since')
  if (toMs - sinceMs > MAX_PERIOD_MS) return invalidArgumentReply('PERIOD_IS_TOO_LONG')
  return { sinceMs, toMs }
}

function numberList(fields: Fields, name: string, message: string, field: string): ReadonlySet<string> | undefined {
  const list = fields.stringList(name)
  if (list && list.length > MAX_NUMBERS) throw ruleBroken(message, field, `value must contain no more than ${MAX_NUMBERS} item(s)`)
  return list && list.length > 0 ? new Set(list) : undefined
}

function idSet(list: string[] | undefined): ReadonlySet<number> | undefined {
  return list && list.length > 0 ? new Set(list.map(Number)) : undefined
}

interface Page<P> {
  postings: P[]
  hasNext: boolean
}

/** Up to `limit` postings after the cursor that match, in the asked direction, and whether more match. */
function pageOf<P extends { id: number }>(all: readonly P[], cursorId: number | undefined, descending: boolean, limit: number, matches: (posting: P) => boolean): Page<P> {
  const postings: P[] = []
  const step = descending ? -1 : 1
  let k = cursorId === undefined ? (descending ? all.length - 1 : 0) : cursorId + step
  for (; k >= 0 && k < all.length; k += step) {
    const posting = all[k]!
    if (!matches(posting)) continue
    if (postings.length === limit) return { postings, hasNext: true }
    postings.push(posting)
  }
  return { postings, hasNext: false }
}

function readCommon(body: Fields, message: string) {
  const limit = pageLimit(body, message, MAX_POSTINGS)
  const descending = body.enumValue('sort_dir', ['ASC', 'DESC'] as const, { ignoreCase: true }) === 'DESC'
  const cursor = decodePostingCursor(body.string('cursor') ?? '')
  body.bool('translit')
  const withFields = body.object('with')
  const flag = (name: string) => withFields?.bool(name) ?? false
  return { limit, descending, cursor, flag }
}

function listFbs(world: OzonWorld, body: Fields): Reply {
  const filter = body.object('filter')
  const period = periodOf(filter, 'PostingFbsListRequest.Filter')
  if ('status' in period) return period
  const { limit, descending, cursor, flag } = readCommon(body, 'PostingFbsListRequest')
  const f = filter!
  const statuses = f.stringList('statuses')
  const statusSet = statuses && statuses.length > 0 ? new Set(statuses) : undefined
  const warehouses = idSet(f.int64List('warehouse_ids'))
  const methods = idSet(f.int64List('delivery_method_ids'))
  const providers = idSet(f.int64List('provider_ids'))
  const orderId = f.integer('order_id') ?? 0
  const orderNumbers = numberList(f, 'order_numbers', 'PostingFbsListRequest.Filter', 'OrderNumbers')
  f.bool('is_blr_traceable')
  const changed = f.object('last_changed_status_date')
  const changedFrom = changed ? timestampOf(changed, 'from', 'filter.last_changed_status_date.from') : undefined
  const changedTo = changed ? timestampOf(changed, 'to', 'filter.last_changed_status_date.to') : undefined
  const matches = (posting: FbsPosting): boolean => {
    if (posting.inProcessAtMs < period.sinceMs || posting.inProcessAtMs > period.toMs) return false
    if (statusSet && !statusSet.has(posting.status)) return false
    const warehouse = world.sellerWarehouse(posting.warehouseId)!
    if (warehouses && !warehouses.has(posting.warehouseId)) return false
    if (methods && !methods.has(warehouse.deliveryMethodId)) return false
    if (providers && !providers.has(warehouse.tplProviderId)) return false
    if (orderId !== 0 && posting.orderId !== orderId) return false
    if (orderNumbers && !orderNumbers.has(posting.orderNumber)) return false
    if (changedFrom !== undefined && posting.statusChangedAtMs < changedFrom) return false
    if (changedTo !== undefined && posting.statusChangedAtMs > changedTo) return false
    return true
  }
  const page = pageOf(world.fbs, cursor?.id, descending, limit, matches)
  const withBlocks = { analytics_data: flag('analytics_data'), barcodes: flag('barcodes'), financial_data: flag('financial_data'), legal_info: flag('legal_info') }
  const last = page.postings.at(-1)
  return jsonReply(200, {
    cursor: last ? encodePostingCursor('osp.in_process_at', descending ? 'desc' : 'asc', formatStoredTimestamp(last.inProcessAtMs), last.id) : '',
    has_next: page.hasNext,
    postings: page.postings.map((posting) => fbsPostingJson(posting, world, withBlocks))
  })
}

function listFbo(world: OzonWorld, body: Fields): Reply {
  const filter = body.object('filter')
  const period = periodOf(filter, 'PostingFboListRequest.Filter')
  if ('status' in period) return period
  const { limit, descending, cursor, flag } = readCommon(body, 'PostingFboListRequest')
  const f = filter!
  const statuses = f.stringList('statuses')
  const statusSet = statuses && statuses.length > 0 ? new Set(statuses) : undefined
  const postingNumbers = numberList(f, 'posting_numbers', 'PostingFboListRequest.Filter', 'PostingNumbers')
  const orderNumbers = numberList(f, 'order_numbers', 'PostingFboListRequest.Filter', 'OrderNumbers')
  const matches = (posting: FboPosting): boolean =>
    posting.createdAtMs >= period.sinceMs && posting.createdAtMs <= period.toMs
    && (!statusSet || statusSet.has(posting.status))
    && (!postingNumbers || postingNumbers.has(posting.postingNumber))
    && (!orderNumbers || orderNumbers.has(posting.orderNumber))
  const page = pageOf(world.fbo, cursor?.id, descending, limit, matches)
  const withBlocks = { analytics_data: flag('analytics_data'), financial_data: flag('financial_data'), legal_info: flag('legal_info') }
  const last = page.postings.at(-1)
  return jsonReply(200, {
    cursor: last ? encodePostingCursor('p.created_at', descending ? 'desc' : 'asc', formatStoredTimestamp(last.createdAtMs), last.id) : '',
    has_next: page.hasNext,
    postings: page.postings.map((posting) => fboPostingJson(posting, world, withBlocks))
  })
}

export function postingRoutes(world: OzonWorld): OzonRoute[] {
  return [
    { path: '/v4/posting/fbs/list', needsRole: true, handle: ({ body }) => listFbs(world, body) },
    { path: '/v3/posting/fbo/list', needsRole: true, handle: ({ body }) => listFbo(world, body) }
  ]
}
