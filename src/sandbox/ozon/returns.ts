/**
 * The seller's returns (`/v1/returns/list`), drawn from the postings: about one delivered posting in sixteen comes
 * back from the buyer (a ClientReturn of its first line, all its units) three to ten days after delivery, and about
 * one cancelled posting in three has a Cancellation record. A return that would fall after the sandbox's present has
 * not happened yet. Finance (finance.ts) books the money of the same returns.
 */
import { nameOf } from './catalog'
import type { FboPosting, FbsPosting, PostingLine } from './postings'
import { between, chance, digitString, hash32, pick } from './random'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time'
import type { OzonWorld } from './world'

const Salt = { returned: 0x8001, after: 0x8002, reason: 0x8003, cancellation: 0x8004, status: 0x8005, barcode: 0x8006, opened: 0x8007 } as const

const clientReturnReasons = [
  'Не подошёл размер',
  'Товар не соответствует описанию',
  'Брак или повреждение',
  'Передумал покупать'
] as const

/** Where a return stands (the list's visual status), with Ozon's system names and ids. */
const returnStatuses = [
  { id: 3, sysName: 'ArrivedAtReturnPlace', displayName: 'В пункте выдачи' },
  { id: 7, sysName: 'MovingToSeller', displayName: 'В пути к продавцу' },
  { id: 8, sysName: 'ReceivedBySeller', displayName: 'Получен продавцом' },
  { id: 31, sysName: 'ReturnedToOzon', displayName: 'На складе Ozon' }
] as const

export interface SandboxReturn {
  /** Ascending in the list; last_id pages by it. */
  id: number
  type: 'ClientReturn' | 'Cancellation'
  schema: 'FBS' | 'FBO'
  posting: FbsPosting | FboPosting
  line: PostingLine
  productName: string
  sku: number
  offerId: string
  reason: string
  /** When the buyer handed it back (a cancellation: when the posting was cancelled). */
  returnedAtMs: number
  status: (typeof returnStatuses)[number]
  statusChangedAtMs: number
  warehouseId: number
  warehouseName: string
  barcode: string
  isOpened: boolean
}

const RETURN_ID_BASE = 1_000_015_000

/** When the posting reached the buyer, if it did: its status last changed then. */
export function deliveredAtMs(posting: FbsPosting | FboPosting): number | null {
  return posting.status === 'delivered' ? posting.statusChangedAtMs : null
}

/** When the buyer brought a delivered posting back, or null when it was kept. */
export function clientReturnAtMs(world: OzonWorld, posting: FbsPosting | FboPosting): number | null {
  const delivered = deliveredAtMs(posting)
  if (delivered === null || !chance(6.25, hash32(world.seed, posting.orderId, Salt.returned))) return null
  const atMs = delivered + between(3 * 24 * 60, 10 * 24 * 60, hash32(world.seed, posting.orderId, Salt.after)) * MINUTE_MS
  return atMs <= world.anchorMs ? atMs : null
}

function warehouseOf(world: OzonWorld, posting: FbsPosting | FboPosting, schema: 'FBS' | 'FBO'): { id: number; name: string } {
  if (schema === 'FBS') {
    const warehouse = world.sellerWarehouse(posting.warehouseId)
    return { id: posting.warehouseId, name: warehouse?.name ?? '' }
  }
  return { id: posting.warehouseId, name: world.fboWarehouse(posting.warehouseId)?.name ?? '' }
}

/** Every return of the world, in id order. */
export function returnsOf(world: OzonWorld): SandboxReturn[] {
  const found: Array<Omit<SandboxReturn, 'id'>> = []
  const consider = (posting: FbsPosting | FboPosting, schema: 'FBS' | 'FBO') => {
    const line = posting.lines[0]
    if (!line) return
    const product = world.products[line.productIndex]!
    const key = posting.orderId
    const returnedAt = clientReturnAtMs(world, posting)
    const cancelled = posting.status === 'cancelled' && chance(33, hash32(world.seed, key, Salt.cancellation))
    if (returnedAt === null && !cancelled) return
    const atMs = returnedAt ?? posting.statusChangedAtMs
    const status = returnedAt === null ? returnStatuses[2] : pick(returnStatuses, hash32(world.seed, key, Salt.status))
    const warehouse = warehouseOf(world, posting, schema)
    found.push({
      type: returnedAt === null ? 'Cancellation' : 'ClientReturn',
      schema,
      posting,
      line,
      productName: nameOf(product, world.seed),
      sku: product.sku,
      offerId: product.offerId,
      reason: returnedAt === null ? posting.cancel?.reason ?? 'Отмена' : pick(clientReturnReasons, hash32(world.seed, key, Salt.reason)),
      returnedAtMs: atMs,
      status,
      statusChangedAtMs: Math.min(world.anchorMs, atMs + 6 * HOUR_MS),
      warehouseId: warehouse.id,
      warehouseName: warehouse.name,
      barcode: `ii${digitString(world.seed, key, Salt.barcode, 10)}`,
      isOpened: chance(40, hash32(world.seed, key, Salt.opened))
    })
  }
  for (const posting of world.fbs) consider(posting, 'FBS')
  for (const posting of world.fbo) consider(posting, 'FBO')
  found.sort((a, b) => a.returnedAtMs - b.returnedAtMs || a.posting.postingNumber.localeCompare(b.posting.postingNumber))
  return found.map((r, k) => ({ ...r, id: RETURN_ID_BASE + k * 7 + 1 }))
}

/** Days a return has waited at its place for the seller to take it. */
export function storageDays(r: SandboxReturn, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - r.returnedAtMs) / DAY_MS))
}
