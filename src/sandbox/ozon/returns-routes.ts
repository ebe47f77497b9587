/**
 * `POST /v1/returns/list`: `limit` 1..500 required; `last_id` the id of the last return of the previous page (0 for
 * the first); `has_next` says whether more match. Filters: `posting_numbers` (at most 50), `order_id`, `offer_id`,
 * `return_schema` (FBS or FBO, in any case: the spec's example answers `Fbs`), `visual_status_name`, and the periods
 * `logistic_return_date` and `visual_status_change_moment` `{time_from, time_to}`. Returns come in id order.
 * Error texts are the sandbox's wording.
 */
import { decimalText } from './catalog'
import { pageLimit } from './paging'
import { jsonReply, type Reply } from './replies'
import { RequestError, ruleBroken, type Fields } from './request-parsing'
import { returnsOf, storageDays, type SandboxReturn } from './returns'
import type { OzonRoute } from './routing'
import { formatStoredTimestamp, parseTimestamp } from './time'
import type { OzonWorld } from './world'

const MAX_RETURNS = 500
const MAX_POSTING_NUMBERS = 50
const MESSAGE = 'GetReturnsListRequest'
/** The sandbox's seller: the company the returns belong to. */
const COMPANY_ID = 3058

const rub = (kopecks: number) => ({ currency_code: 'RUB', price: Number(decimalText(kopecks)) })

function returnJson(r: SandboxReturn, nowMs: number) {
  const total = r.line.price * r.line.quantity
  const commission = Math.round((total * r.line.commissionPercent) / 100)
  const place = { id: r.warehouseId, name: r.warehouseName, address: '' }
  const client = r.type === 'ClientReturn'
  return {
    exemplars: Array.from({ length: r.line.quantity }, (_, k) => ({ id: r.id * 10 + k })),
    id: r.id,
    company_id: COMPANY_ID,
    return_reason_name: r.reason,
    type: r.type,
    schema: r.schema,
    order_id: r.posting.orderId,
    order_number: r.posting.orderNumber,
    place,
    target_place: place,
    storage: {
      sum: rub(0),
      tariffication_first_date: null,
      tariffication_start_date: null,
      arrived_moment: client ? formatStoredTimestamp(r.returnedAtMs) : null,
      days: client ? storageDays(r, nowMs) : 0,
      utilization_sum: rub(0),
      utilization_forecast_date: ''
    },
    product: {
      sku: r.sku,
      offer_id: r.offerId,
      name: r.productName,
      price: rub(total),
      price_without_commission: rub(total - commission),
      commission_percent: r.line.commissionPercent,
      commission: rub(commission),
      quantity: r.line.quantity
    },
    logistic: {
      technical_return_moment: null,
      final_moment: r.status.sysName === 'ReceivedBySeller' ? formatStoredTimestamp(r.statusChangedAtMs) : null,
      cancelled_with_compensation_moment: null,
      return_date: formatStoredTimestamp(r.returnedAtMs),
      barcode: r.barcode
    },
    visual: { status: { id: r.status.id, display_name: r.status.displayName, sys_name: r.status.sysName }, change_moment: formatStoredTimestamp(r.statusChangedAtMs) },
    additional_info: { is_opened: r.isOpened, is_super_econom: false },
    source_id: 0,
    posting_number: r.posting.postingNumber,
    clearing_id: 0,
    return_clearing_id: 0,
    compensation_status: null
  }
}

function rangeOf(filter: Fields, name: string): { fromMs: number; toMs: number } | undefined {
  const range = filter.object(name)
  if (!range) return undefined
  const bound = (field: string, fallback: number) => {
    const text = range.string(field)
    if (text === undefined) return fallback
    const ms = parseTimestamp(text)
    if (ms === undefined) throw new RequestError(`proto: invalid value for google.protobuf.Timestamp field filter.${name}.${field}: ${JSON.stringify(text)}`)
    return ms
  }
  return { fromMs: bound('time_from', -Infinity), toMs: bound('time_to', Infinity) }
}

function list(returns: readonly SandboxReturn[], body: Fields, nowMs: number): Reply {
  const limit = pageLimit(body, MESSAGE, MAX_RETURNS)
  const lastId = body.integer('last_id') ?? 0
  const filter = body.object('filter')
  const postingNumbers = filter?.stringList('posting_numbers') ?? []
  if (postingNumbers.length > MAX_POSTING_NUMBERS) {
    throw ruleBroken(`${MESSAGE}.Filter`, 'PostingNumbers', `value must contain no more than ${MAX_POSTING_NUMBERS} item(s)`)
  }
  const postingSet = postingNumbers.length > 0 ? new Set(postingNumbers) : undefined
  const orderId = filter?.integer('order_id') ?? 0
  const offerId = filter?.string('offer_id') ?? ''
  const schema = (filter?.string('return_schema') ?? '').toUpperCase()
  if (schema !== '' && schema !== 'FBS' && schema !== 'FBO') throw ruleBroken(`${MESSAGE}.Filter`, 'ReturnSchema', 'value must be FBS or FBO')
  const statusName = filter?.string('visual_status_name') ?? ''
  const returnedIn = filter ? rangeOf(filter, 'logistic_return_date') : undefined
  const changedIn = filter ? rangeOf(filter, 'visual_status_change_moment') : undefined
  const matches = (r: SandboxReturn) =>
    r.id > lastId
    && (!postingSet || postingSet.has(r.posting.postingNumber))
    && (orderId === 0 || r.posting.orderId === orderId)
    && (offerId === '' || r.offerId === offerId)
    && (schema === '' || r.schema === schema)
    && (statusName === '' || r.status.sysName === statusName)
    && (!returnedIn || (r.returnedAtMs >= returnedIn.fromMs && r.returnedAtMs <= returnedIn.toMs))
    && (!changedIn || (r.statusChangedAtMs >= changedIn.fromMs && r.statusChangedAtMs <= changedIn.toMs))
  const page: SandboxReturn[] = []
  let hasNext = false
  for (const r of returns) {
    if (!matches(r)) continue
    if (page.length === limit) {
      hasNext = true
      break
    }
    page.push(r)
  }
  return jsonReply(200, { returns: page.map((r) => returnJson(r, nowMs)), has_next: hasNext })
}

export function returnsRoutes(world: OzonWorld): OzonRoute[] {
  // Built once the world is, like the finance ledger the same returns are booked in.
  const returns = returnsOf(world)
  return [{ path: '/v1/returns/list', needsRole: true, handle: ({ body, nowMs }) => list(returns, body, nowMs) }]
}
