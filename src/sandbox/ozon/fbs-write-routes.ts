/**
 * `POST /v4/posting/fbs/unfulfilled/list`, `/v4/posting/fbs/ship`, `/v2/posting/fbs/package-label` and
 * `/v2/posting/fbs/awaiting-delivery` (what they do to postings: fbs-writes.ts).
 *
 * unfulfilled/list: every filter optional (statuses, warehouse_ids, delivery_method_ids, provider_ids, cutoff_from/to
 * on the packaging deadline, delivering_date_from/to, last_changed_status_date); without statuses it lists the
 * postings not yet handed over (acceptance, approval, packaging, awaiting_deliver). `limit` 1..100 as the schema
 * bounds it; the answer is the FBS list's postings with `count`, `cursor` and `has_next`.
 * ship: `posting_number` and `packages[].products[]` {product_id (the SKU), quantity} required.
 * package-label: 1..20 `posting_number`; awaiting-delivery: 1..100.
 */
import { decodePostingCursor, encodePostingCursor } from './cursor'
import { FbsWrites, type ShipProduct } from './fbs-writes'
import { pageLimit } from './paging'
import { fbsPostingJson } from './posting-json'
import type { FbsPosting } from './postings'
import { jsonReply, type Reply } from './replies'
import { RequestError, ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { formatStoredTimestamp, parseTimestamp } from './time'
import type { OzonWorld } from './world'

const UNFULFILLED: ReadonlySet<string> = new Set(['awaiting registration', 'acceptance_in_progress', 'awaiting_approve', 'awaiting_packaging', 'awaiting_deliver'])
const MAX_LABELS = 20
const MAX_HAND_OVER = 100

function instant(fields: Fields | undefined, name: string, path: string): number | undefined {
  const text = fields?.string(name)
  if (text === undefined) return undefined
  const ms = parseTimestamp(text)
  if (ms === undefined) throw new RequestError(`proto: invalid value for google.protobuf.Timestamp field ${path}: ${JSON.stringify(text)}`)
  return ms
}

const within = (ms: number | null, from: number | undefined, to: number | undefined) =>
  (from === undefined || (ms !== null && ms >= from)) && (to === undefined || (ms !== null && ms <= to))

function idSet(list: string[] | undefined): ReadonlySet<number> | undefined {
  return list && list.length > 0 ? new Set(list.map(Number)) : undefined
}

function unfulfilled(world: OzonWorld, body: Fields): Reply {
  const message = 'PostingFbsUnfulfilledListRequest'
  const limit = pageLimit(body, message, 100)
  const descending = body.enumValue('sort_dir', ['ASC', 'DESC'] as const, { ignoreCase: true }) === 'DESC'
  const cursor = decodePostingCursor(body.string('cursor') ?? '')
  body.bool('translit')
  const withFields = body.object('with')
  const flag = (name: string) => withFields?.bool(name) ?? false
  const filter = body.object('filter')
  const statuses = filter?.stringList('statuses')
  const statusSet = statuses && statuses.length > 0 ? new Set(statuses) : UNFULFILLED
  const warehouses = idSet(filter?.int64List('warehouse_ids'))
  const methods = idSet(filter?.int64List('delivery_method_ids'))
  const providers = idSet(filter?.int64List('provider_ids'))
  const cutoffFrom = instant(filter, 'cutoff_from', 'filter.cutoff_from')
  const cutoffTo = instant(filter, 'cutoff_to', 'filter.cutoff_to')
  const deliveringFrom = instant(filter, 'delivering_date_from', 'filter.delivering_date_from')
  const deliveringTo = instant(filter, 'delivering_date_to', 'filter.delivering_date_to')
  const changed = filter?.object('last_changed_status_date')
  const changedFrom = instant(changed, 'from', 'filter.last_changed_status_date.from')
  const changedTo = instant(changed, 'to', 'filter.last_changed_status_date.to')
  const matches = (posting: FbsPosting): boolean => {
    const warehouse = world.sellerWarehouse(posting.warehouseId)!
    return statusSet.has(posting.status)
      && (!warehouses || warehouses.has(posting.warehouseId))
      && (!methods || methods.has(warehouse.deliveryMethodId))
      && (!providers || providers.has(warehouse.tplProviderId))
      && within(posting.shipmentDateMs, cutoffFrom, cutoffTo)
      && within(posting.deliveringDateMs, deliveringFrom, deliveringTo)
      && within(posting.statusChangedAtMs, changedFrom, changedTo)
  }
  const postings: FbsPosting[] = []
  let hasNext = false
  const step = descending ? -1 : 1
  for (let k = cursor ? cursor.id + step : descending ? world.fbs.length - 1 : 0; k >= 0 && k < world.fbs.length; k += step) {
    const posting = world.fbs[k]!
    if (!matches(posting)) continue
    if (postings.length === limit) {
      hasNext = true
      break
    }
    postings.push(posting)
  }
  const withBlocks = { analytics_data: flag('analytics_data'), barcodes: flag('barcodes'), financial_data: flag('financial_data'), legal_info: flag('legal_info') }
  const last = postings.at(-1)
  return jsonReply(200, {
    count: postings.length,
    cursor: last ? encodePostingCursor('osp.in_process_at', descending ? 'desc' : 'asc', formatStoredTimestamp(last.inProcessAtMs), last.id) : '',
    has_next: hasNext,
    postings: postings.map((posting) => fbsPostingJson(posting, world, withBlocks))
  })
}

function ship(writes: FbsWrites, body: Fields): Reply {
  const message = 'FbsPostingShipV4Request'
  const postingNumber = body.string('posting_number') ?? ''
  if (postingNumber === '') throw ruleBroken(message, 'PostingNumber', 'value length must be at least 1 runes')
  const packages = body.objectList('packages') ?? []
  if (packages.length === 0) throw ruleBroken(message, 'Packages', 'value must contain at least 1 item(s)')
  const products: ShipProduct[][] = packages.map((pack, k) =>
    (pack.objectList('products') ?? []).map((product, j) => {
      const sku = product.integer('product_id') ?? 0
      const quantity = product.integer('quantity') ?? 0
      if (sku <= 0) throw ruleBroken(message, `Packages[${k}].Products[${j}].ProductId`, 'value must be greater than 0')
      if (quantity <= 0) throw ruleBroken(message, `Packages[${k}].Products[${j}].Quantity`, 'value must be greater than 0')
      return { sku, quantity }
    })
  )
  return writes.ship(postingNumber, products, body.object('with')?.bool('additional_data') ?? false)
}

function postingNumbers(body: Fields, message: string, max: number): string[] {
  const numbers = body.stringList('posting_number') ?? []
  if (numbers.length === 0) throw ruleBroken(message, 'PostingNumber', 'value must contain at least 1 item(s)')
  if (numbers.length > max) throw ruleBroken(message, 'PostingNumber', `value must contain no more than ${max} item(s)`)
  return numbers
}

export function fbsWriteRoutes(world: OzonWorld): OzonRoute[] {
  const writes = new FbsWrites(world)
  return [
    { path: '/v4/posting/fbs/unfulfilled/list', needsRole: true, handle: ({ body }) => unfulfilled(world, body) },
    { path: '/v4/posting/fbs/ship', needsRole: true, handle: ({ body }) => ship(writes, body) },
    {
      path: '/v2/posting/fbs/package-label',
      needsRole: true,
      handle: ({ body }) => writes.label(postingNumbers(body, 'PostingFBSPackageLabelRequest', MAX_LABELS))
    },
    {
      path: '/v2/posting/fbs/awaiting-delivery',
      needsRole: true,
      handle: ({ body }) => writes.awaitingDelivery(postingNumbers(body, 'MovePostingToAwaitingDeliveryRequest', MAX_HAND_OVER))
    }
  ]
}
