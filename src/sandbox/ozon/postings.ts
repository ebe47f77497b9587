/**
 * FBS/rFBS postings (the seller's warehouses) and FBO postings (Ozon's), over the 90 days before the sandbox
 * starts, evenly spread, each quoting real products: an FBS posting only products stocked in its warehouse, an
 * FBO posting only products Ozon holds in its fulfilment centre. About one FBS order in twelve is split into two
 * postings from two warehouses (same order_id and order_number, posting numbers `…-1`, `…-2`).
 *
 * Status follows age: FBS awaiting_packaging (the last 20 hours), awaiting_deliver (up to 44 hours), then
 * delivering / driver_pickup / not_accepted (rFBS: sent_by_seller / delivering) up to five days, then delivered
 * (a few arbitration); about 7% cancelled at any age. FBO: awaiting_packaging, awaiting_deliver, delivering,
 * delivered, about 8% cancelled. Open postings hold their units as `reserved` stock.
 */
import type { OzonProduct } from './catalog'
import { between, chance, digitString, hash32, pick } from './random'
import type { StockBook } from './stocks'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time'
import { cancelReasons, deliveryTypes, destinations, paymentTypes, type CancelReason, type Destination } from './vocabulary'
import { DISABLED_FOR_DAYS, type FboWarehouse, type SellerWarehouse } from './warehouses'

export type FbsStatus =
  | 'acceptance_in_progress' | 'awaiting_packaging' | 'awaiting_deliver' | 'arbitration' | 'client_arbitration'
  | 'delivering' | 'driver_pickup' | 'delivered' | 'cancelled' | 'not_accepted' | 'sent_by_seller'

export type FboStatus = 'awaiting_packaging' | 'awaiting_deliver' | 'delivering' | 'delivered' | 'cancelled'

/** Every status the FBS list's `filter.statuses` takes (its description's list). */
export const fbsFilterStatuses = [
  'awaiting registration', 'acceptance_in_progress', 'awaiting_approve', 'awaiting_packaging', 'awaiting_deliver',
  'arbitration', 'client_arbitration', 'delivering', 'driver_pickup', 'delivered', 'cancelled', 'not_accepted', 'sent_by_seller'
] as const

const openFbs: ReadonlySet<string> = new Set(['acceptance_in_progress', 'awaiting_packaging', 'awaiting_deliver'])
const openFbo: ReadonlySet<string> = new Set(['awaiting_packaging', 'awaiting_deliver'])

export interface PostingLine {
  productIndex: number
  quantity: number
  /** Kopecks per unit: the seller's price at the time of the order. */
  price: number
  oldPrice: number
  /** Kopecks per unit the buyer paid, after Ozon's co-financed discounts. */
  customerPrice: number
  commissionPercent: number
}

interface PostingCommon {
  /** Position in its list; the cursor's tie-breaker. */
  id: number
  postingNumber: string
  orderId: number
  orderNumber: string
  lines: PostingLine[]
  cancel: CancelReason | null
  statusChangedAtMs: number
  destination: Destination
  deliveryType: string
  paymentType: string
  isPremium: boolean
  isLegal: boolean
}

export interface FbsPosting extends PostingCommon {
  warehouseId: number
  isRfbs: boolean
  inProcessAtMs: number
  shipmentDateMs: number
  deliveringDateMs: number | null
  status: FbsStatus
  substatus: string
  cancelledAfterShip: boolean
  trackingNumber: string
  barcode: string
}

export interface FboPosting extends PostingCommon {
  warehouseId: number
  createdAtMs: number
  inProcessAtMs: number
  status: FboStatus
  substatus: string
}

const Salt = {
  time: 0x5001, split: 0x5002, warehouse: 0x5003, lines: 0x5004, product: 0x5005, quantity: 0x5006, cancelled: 0x5007,
  status: 0x5008, substatus: 0x5009, reason: 0x500a, changed: 0x500b, seq: 0x500c, orderId: 0x500d, cofinance: 0x500e,
  destination: 0x500f, delivery: 0x5010, payment: 0x5011, premium: 0x5012, legal: 0x5013, track: 0x5014, barcode: 0x5015,
  fboStatus: 0x5020
} as const

const HISTORY_MS = 90 * DAY_MS
/** Orders of FBO postings are numbered apart from FBS ones, so no two postings share a number by chance. */
const FBO_ORDER_OFFSET = 50_000_000

/** A bijection of [0, 10^8): order numbers never repeat. */
function orderNumberOf(seed: number, order: number): string {
  const first = (hash32(seed, 0, Salt.seq) % 100_000_000 + order * 7919) % 100_000_000
  return `${String(first).padStart(8, '0')}-${digitString(seed, order, Salt.seq, 4, true)}`
}

function orderIdOf(seed: number, order: number): number {
  return 30_000_000_000 + order * 53 + (hash32(seed, order, Salt.orderId) % 53)
}

export interface PostingWorld {
  seed: number
  products: readonly OzonProduct[]
  sellerWarehouses: readonly SellerWarehouse[]
  fboWarehouses: readonly FboWarehouse[]
  stocks: StockBook
}

function linesOf(world: PostingWorld, key: number, candidates: readonly number[], firstIndex?: number): PostingLine[] {
  const { seed, products } = world
  const roll = hash32(seed, key, Salt.lines) % 100
  const chosen: number[] = firstIndex === undefined ? [] : [firstIndex]
  const wanted = Math.min(candidates.length + chosen.length, roll < 75 ? 1 : roll < 95 ? 2 : 3)
  for (let k = 0; chosen.length < wanted && k < wanted * 4; k++) {
    const index = pick(candidates, hash32(seed, key * 8 + k, Salt.product))
    if (!chosen.includes(index)) chosen.push(index)
  }
  if (chosen.length === 0) chosen.push(pick(candidates, key))
  return chosen.map((productIndex, k) => {
    const product = products[productIndex]!
    const q = hash32(seed, key * 8 + k, Salt.quantity) % 100
    const cofinance = between(0, 15, hash32(seed, key * 8 + k, Salt.cofinance))
    return {
      productIndex,
      quantity: q < 85 ? 1 : q < 95 ? 2 : 3,
      price: product.price,
      oldPrice: product.oldPrice,
      customerPrice: Math.round((product.price * (100 - cofinance)) / 100 / 100) * 100,
      // Whole percent: the postings schema has `commission.percent` as an integer.
      commissionPercent: Math.round(product.commissionPermille / 10)
    }
  })
}

/** `offset` after `startMs`, but never after the sandbox's present. */
const after = (startMs: number, offsetMs: number, nowMs: number): number => Math.min(nowMs, startMs + offsetMs)

function fbsStatusOf(seed: number, key: number, ageMs: number, isRfbs: boolean): { status: FbsStatus; substatus: string } {
  const roll = hash32(seed, key, Salt.status) % 1000
  const sub = hash32(seed, key, Salt.substatus)
  if (ageMs < 20 * HOUR_MS) {
    return roll < 30 && !isRfbs
      ? { status: 'acceptance_in_progress', substatus: 'posting_acceptance_in_progress' }
      : { status: 'awaiting_packaging', substatus: 'posting_created' }
  }
  if (ageMs < 44 * HOUR_MS) {
    return { status: 'awaiting_deliver', substatus: pick(['posting_not_in_carriage', 'posting_in_carriage', 'posting_transferring_to_delivery'], sub) }
  }
  if (ageMs < 5 * DAY_MS) {
    if (isRfbs) {
      return roll < 400
        ? { status: 'sent_by_seller', substatus: 'posting_transferred_to_courier_service' }
        : { status: 'delivering', substatus: 'posting_in_courier_service' }
    }
    if (roll < 100) return { status: 'driver_pickup', substatus: 'posting_driver_pick_up' }
    if (roll < 130) return { status: 'not_accepted', substatus: 'posting_not_in_sort_center' }
    return { status: 'delivering', substatus: pick(['posting_on_way_to_city', 'posting_on_way_to_pickup_point', 'posting_in_pickup_point', 'posting_in_courier_service'], sub) }
  }
  if (roll < 10) return { status: 'arbitration', substatus: 'posting_in_arbitration' }
  if (roll < 15) return { status: 'client_arbitration', substatus: 'posting_in_client_arbitration' }
  return { status: 'delivered', substatus: isRfbs && sub % 4 === 0 ? 'posting_conditionally_delivered' : pick(['posting_received', 'posting_delivered'], sub) }
}

function changedAfterOf(status: FbsStatus | FboStatus, seed: number, key: number): number {
  const h = hash32(seed, key, Salt.changed)
  switch (status) {
    case 'awaiting_packaging':
    case 'acceptance_in_progress':
      return 0
    case 'awaiting_deliver':
      return between(2 * 60, 20 * 60, h) * MINUTE_MS
    case 'delivering':
    case 'driver_pickup':
    case 'sent_by_seller':
    case 'not_accepted':
      return between(24 * 60, 44 * 60, h) * MINUTE_MS
    case 'cancelled':
      return between(10, 48 * 60, h) * MINUTE_MS
    default:
      return between(3 * 24 * 60, 5 * 24 * 60, h) * MINUTE_MS
  }
}

export class PostingFactory {
  private readonly sellable: number[]
  private readonly fboStocked: number[]

  constructor(private readonly world: PostingWorld) {
    this.sellable = world.products.filter((product) => product.state === 'onSale').map((product) => product.index)
    this.fboStocked = [...world.stocks.fbo.keys()]
  }

  get canPost(): boolean {
    return this.sellable.length > 0
  }

  /**
   * `count` FBS postings over the history ending at `anchorMs`, in in_process_at order, and how many orders they
   * make (the next order's number).
   */
  fbsHistory(count: number, anchorMs: number): { postings: FbsPosting[]; orders: number } {
    if (!this.canPost) return { postings: [], orders: 0 }
    const { seed } = this.world
    const postings: FbsPosting[] = []
    let order = 0
    while (postings.length < count) {
      const i = postings.length
      const atMs = anchorMs - HISTORY_MS + Math.floor(((i + hash32(seed, i, Salt.time) / 0x1_0000_0000) / count) * HISTORY_MS)
      const split = i + 1 < count && chance(8, hash32(seed, order, Salt.split))
      const first = this.fbs(order, i, atMs, anchorMs)
      postings.push(first)
      if (split) postings.push(this.fbs(order, i + 1, atMs, anchorMs, { part: 2, otherThan: first.warehouseId }))
      order += 1
    }
    return { postings, orders: order }
  }

  /** One FBS posting of order `order`; `id` is its place in the list. */
  fbs(order: number, id: number, inProcessAtMs: number, nowMs: number, options: { part?: number; otherThan?: number; warehouseId?: number; fresh?: boolean } = {}): FbsPosting {
    const { seed, sellerWarehouses, stocks } = this.world
    const key = id
    const ageMs = nowMs - inProcessAtMs
    const usable = sellerWarehouses.filter((warehouse) =>
      (warehouse.status === 'created' || ageMs > (DISABLED_FOR_DAYS + 5) * DAY_MS) && warehouse.warehouseId !== options.otherThan)
    const warehouse = sellerWarehouses.find((candidate) => candidate.warehouseId === options.warehouseId)
      ?? pick(usable.length > 0 ? usable : sellerWarehouses, hash32(seed, key, Salt.warehouse))
    const stocked = stocks.inSellerWarehouse.get(warehouse.warehouseId)
    const lines = linesOf(this.world, key, stocked && stocked.length > 0 ? stocked : this.sellable)
    const cancelled = !options.fresh && chance(7, hash32(seed, key, Salt.cancelled))
    const { status, substatus } = options.fresh
      ? { status: 'awaiting_packaging' as const, substatus: 'posting_created' }
      : cancelled
        ? { status: 'cancelled' as const, substatus: 'posting_canceled' }
        : fbsStatusOf(seed, key, ageMs, warehouse.isRfbs)
    const cancel = cancelled ? pick(cancelReasons, hash32(seed, key, Salt.reason)) : null
    const handedOver = !['acceptance_in_progress', 'awaiting_packaging', 'awaiting_deliver', 'cancelled'].includes(status)
      || cancel?.type === 'delivery'
    const orderNumber = orderNumberOf(seed, order)
    const posting: FbsPosting = {
      id,
      postingNumber: `${orderNumber}-${options.part ?? 1}`,
      orderId: orderIdOf(seed, order),
      orderNumber,
      warehouseId: warehouse.warehouseId,
      isRfbs: warehouse.isRfbs,
      inProcessAtMs,
      shipmentDateMs: Math.ceil((inProcessAtMs + 20 * HOUR_MS) / HOUR_MS) * HOUR_MS,
      deliveringDateMs: handedOver ? after(inProcessAtMs, 26 * HOUR_MS, nowMs) : null,
      statusChangedAtMs: after(inProcessAtMs, changedAfterOf(status, seed, key), nowMs),
      status,
      substatus,
      cancel,
      cancelledAfterShip: cancel?.type === 'delivery',
      lines,
      ...this.buyer(key),
      trackingNumber: warehouse.isRfbs && handedOver ? `RF${digitString(seed, key, Salt.track, 12)}` : '',
      barcode: digitString(seed, key, Salt.barcode, 15)
    }
    if (openFbs.has(status)) for (const line of lines) stocks.reserve('seller', line.productIndex, warehouse.warehouseId, line.quantity)
    return posting
  }

  fboHistory(count: number, anchorMs: number): FboPosting[] {
    if (this.fboStocked.length === 0) return []
    return Array.from({ length: count }, (_, i) => {
      const atMs = anchorMs - HISTORY_MS + Math.floor(((i + hash32(this.world.seed, i, Salt.time + 100) / 0x1_0000_0000) / count) * HISTORY_MS)
      return this.fbo(i, atMs, anchorMs)
    })
  }

  private fbo(id: number, createdAtMs: number, nowMs: number): FboPosting {
    const { seed, stocks } = this.world
    const key = id + FBO_ORDER_OFFSET
    const first = pick(this.fboStocked, hash32(seed, key, Salt.product + 100))
    const entries = stocks.fbo.get(first)!
    const warehouseId = pick(entries, hash32(seed, key, Salt.warehouse)).warehouseId
    const here = (stocks.inFboWarehouse.get(warehouseId) ?? []).filter((index) => index !== first)
    const lines = linesOf(this.world, key, here.length > 0 ? here : [first], first)
    const ageMs = nowMs - createdAtMs
    const roll = hash32(seed, key, Salt.fboStatus) % 1000
    const sub = hash32(seed, key, Salt.substatus)
    const { status, substatus }: { status: FboStatus; substatus: string } = roll < 80
      ? { status: 'cancelled', substatus: 'posting_canceled' }
      : ageMs < 24 * HOUR_MS
        ? { status: 'awaiting_packaging', substatus: 'posting_created' }
        : ageMs < 48 * HOUR_MS
          ? { status: 'awaiting_deliver', substatus: pick(['posting_packing', 'posting_transferring_to_delivery'], sub) }
          : ageMs < 5 * DAY_MS
            ? { status: 'delivering', substatus: pick(['posting_on_way_to_city', 'posting_transferred_to_courier_service', 'posting_in_courier_service', 'posting_on_way_to_pickup_point', 'posting_in_pickup_point'], sub) }
            : { status: 'delivered', substatus: pick(['posting_delivered', 'posting_received'], sub) }
    const orderNumber = orderNumberOf(seed, key)
    const posting: FboPosting = {
      id,
      postingNumber: `${orderNumber}-1`,
      orderId: orderIdOf(seed, key),
      orderNumber,
      warehouseId,
      createdAtMs,
      inProcessAtMs: after(createdAtMs, between(1, 180, hash32(seed, key, Salt.changed + 1)) * 1000, nowMs),
      status,
      substatus,
      cancel: status === 'cancelled' ? pick(cancelReasons.filter((reason) => reason.type !== 'seller'), hash32(seed, key, Salt.reason)) : null,
      statusChangedAtMs: after(createdAtMs, changedAfterOf(status, seed, key), nowMs),
      lines,
      ...this.buyer(key)
    }
    if (openFbo.has(status)) for (const line of lines) stocks.reserve('fbo', line.productIndex, warehouseId, line.quantity)
    return posting
  }

  private buyer(key: number): Pick<PostingCommon, 'destination' | 'deliveryType' | 'paymentType' | 'isPremium' | 'isLegal'> {
    const { seed } = this.world
    return {
      destination: pick(destinations, hash32(seed, key, Salt.destination)),
      deliveryType: pick(deliveryTypes, hash32(seed, key, Salt.delivery)),
      paymentType: pick(paymentTypes, hash32(seed, key, Salt.payment)),
      isPremium: chance(12, hash32(seed, key, Salt.premium)),
      isLegal: chance(4, hash32(seed, key, Salt.legal))
    }
  }
}

export function isOpenFbs(status: string): boolean {
  return openFbs.has(status)
}
