/**
 * The seller's FBS desk: assembly tasks and supplies, seeded history plus what happened since. The history stays
 * generated (FbsOrderBook); changes live in small overlays, so creating a supply, adding orders to it or delivering
 * it shows up on the next sync. Supplies of the history are found with one pass over it, on first use.
 */
import {
  FbsOrderBook, HOUR_MS, WEEK_MS, type BaseSupplyKey, type FbsOrderFacts, type OrderStatus
} from './fbs-orders'
import { formatMoscow } from './moscow-time'
import { hash32 } from './random'
import type { SellerWarehouse } from './seller-warehouses'

export interface FbsSupply {
  id: string
  /** Creation order; the `next` cursor of the supplies list. */
  seq: number
  name: string
  createdAtMs: number
  closedAtMs: number | null
  scanAtMs: number | null
  base?: BaseSupplyKey
}

export interface FbsOrderView {
  facts: FbsOrderFacts
  status: OrderStatus
  supplyId: string | undefined
}

export type DeskResult = { ok: true } | { ok: false; status: 404 | 409; code: string; message: string }

const notFound: DeskResult = { ok: false, status: 404, code: 'NotFound', message: 'Не найдено' }
const failedToAdd: DeskResult = {
  ok: false,
  status: 409,
  code: 'FailedToAddSupplyOrder',
  message: 'Не удалось закрепить сборочное задание за поставкой. Убедитесь, что сборочное задание и поставка удовлетворяют всем необходимым требованиям.'
}

const keyText = (key: BaseSupplyKey): string => key.kind === 'open' ? `open/${key.warehouseSlot}` : `closed/${key.week}/${key.warehouseSlot}`

interface Override {
  status: OrderStatus
  supplyId: string | undefined
}

export class FbsDesk {
  private readonly extras: Array<{ index: number; createdAtMs: number; warehouseSlot: number | undefined }> = []
  private readonly overrides = new Map<number, Override>()
  /** Orders the overlay put into each supply. */
  private readonly added = new Map<string, Set<number>>()
  private suppliesCache: { byId: Map<string, FbsSupply>; byKey: Map<string, string>; list: FbsSupply[] } | undefined
  private readonly supplyIdBase: number

  constructor(
    private readonly book: FbsOrderBook,
    seed: number,
    private readonly warehouses: readonly SellerWarehouse[],
    private readonly anchorMs: number,
    private readonly now: () => number
  ) {
    this.supplyIdBase = 10_000_000 + (hash32(seed, 0, 0x5e01) % 80_000_000)
  }

  order(id: number): FbsOrderView | undefined {
    const index = this.book.indexOfId(id)
    if (index === undefined) return undefined
    if (index < this.book.count) return this.view(index, this.book.createdAtMs(index))
    const extra = this.extras[index - this.book.count]
    return extra ? this.view(index, extra.createdAtMs, extra.warehouseSlot) : undefined
  }

  /** Orders created in [fromMs, toMs] with an id above `afterId`, ascending by id, at most `limit`. */
  ordersCreatedBetween(fromMs: number, toMs: number, afterId: number, limit: number): FbsOrderView[] {
    const views: FbsOrderView[] = []
    const end = this.book.firstCreatedAtOrAfter(toMs + 1)
    for (let index = Math.max(this.book.firstCreatedAtOrAfter(fromMs), this.firstIndexAfterId(afterId)); index < end; index++) {
      if (views.length >= limit) return views
      views.push(this.view(index, this.book.createdAtMs(index)))
    }
    for (const extra of this.extras) {
      if (views.length >= limit) break
      if (extra.createdAtMs >= fromMs && extra.createdAtMs <= toMs && this.book.idAt(extra.index) > afterId) {
        views.push(this.view(extra.index, extra.createdAtMs, extra.warehouseSlot))
      }
    }
    return views
  }

  newOrders(): FbsOrderView[] {
    const views: FbsOrderView[] = []
    for (let index = this.book.firstCreatedAtOrAfter(this.anchorMs - 31 * HOUR_MS); index < this.book.count; index++) {
      const view = this.view(index, this.book.createdAtMs(index))
      if (view.status.supplierStatus === 'new') views.push(view)
    }
    for (const extra of this.extras) {
      const view = this.view(extra.index, extra.createdAtMs, extra.warehouseSlot)
      if (view.status.supplierStatus === 'new') views.push(view)
    }
    return views
  }

  /**
   * New orders created now, as if buyers had just ordered; returns their ids. They come to the seller's warehouses
   * as orders do, or all to `warehouseId` (a supply takes orders of one warehouse only).
   */
  addNewOrders(count: number, warehouseId?: number): number[] {
    if (!Number.isSafeInteger(count) || count < 0) throw new Error('count must be a non-negative integer')
    let warehouseSlot: number | undefined
    if (warehouseId !== undefined) {
      warehouseSlot = this.warehouses.findIndex((warehouse) => warehouse.id === warehouseId)
      if (warehouseSlot < 0) throw new Error(`seller has no warehouse ${warehouseId}`)
    }
    const createdAtMs = Math.floor(this.now() / 1000) * 1000
    return Array.from({ length: count }, () => {
      const index = this.book.count + this.extras.length
      this.extras.push({ index, createdAtMs, warehouseSlot })
      return this.book.idAt(index)
    })
  }

  supplies(): FbsSupply[] {
    return this.supplyIndex().list
  }

  supply(id: string): FbsSupply | undefined {
    return this.supplyIndex().byId.get(id)
  }

  orderIdsOf(supply: FbsSupply): number[] {
    const ids = this.baseMembers(supply).filter((id) => !this.overrides.has(id))
    return [...ids, ...(this.added.get(supply.id) ?? [])].sort((a, b) => a - b)
  }

  createSupply(name: string): FbsSupply {
    const index = this.supplyIndex()
    const seq = index.list.length + 1
    const supply: FbsSupply = { id: this.supplyId(seq), seq, name, createdAtMs: this.now(), closedAtMs: null, scanAtMs: null }
    index.list.push(supply)
    index.byId.set(supply.id, supply)
    return supply
  }

  /** Adds every order or none: one that cannot join the supply refuses the whole request, as WB does. */
  addOrders(supplyId: string, orderIds: readonly number[]): DeskResult {
    const supply = this.supply(supplyId)
    if (!supply) return notFound
    if (supply.closedAtMs !== null) return failedToAdd
    const current = this.orderIdsOf(supply).map((id) => this.order(id)!)
    const joining: FbsOrderView[] = []
    for (const id of new Set(orderIds)) {
      const view = this.order(id)
      if (!view || (view.status.supplierStatus !== 'new' && view.status.supplierStatus !== 'confirm')) return failedToAdd
      if (view.supplyId !== undefined && this.supply(view.supplyId)?.closedAtMs !== null) return failedToAdd
      joining.push(view)
    }
    // A supply takes orders of one warehouse and one cargo type, set by its first order.
    const first = current[0] ?? joining[0]
    if (first && joining.some((view) => view.facts.warehouse.id !== first.facts.warehouse.id
      || view.facts.warehouse.cargoType !== first.facts.warehouse.cargoType)) return failedToAdd
    for (const view of joining) {
      if (view.supplyId !== undefined) this.added.get(view.supplyId)?.delete(view.facts.id)
      this.overrides.set(view.facts.id, { status: { supplierStatus: 'confirm', wbStatus: 'waiting' }, supplyId })
      this.addedTo(supplyId).add(view.facts.id)
    }
    return { ok: true }
  }

  deliver(supplyId: string): DeskResult {
    const supply = this.supply(supplyId)
    if (!supply) return notFound
    if (supply.closedAtMs !== null) {
      return { ok: false, status: 409, code: 'FailedToDeliverSupply', message: 'Поставка уже передана в доставку' }
    }
    const ids = this.orderIdsOf(supply)
    if (ids.length === 0) {
      return {
        ok: false,
        status: 409,
        code: 'SupplyHasZeroOrders',
        message: 'Не удалось обработать поставку. Убедитесь, что за ней закреплён хотя бы одно сборочное задание.'
      }
    }
    const members = this.addedTo(supplyId)
    for (const id of ids) {
      this.overrides.set(id, { status: { supplierStatus: 'complete', wbStatus: 'waiting' }, supplyId })
      members.add(id)
    }
    supply.closedAtMs = this.now()
    return { ok: true }
  }

  private view(index: number, createdAtMs: number, warehouseSlot?: number): FbsOrderView {
    const facts = this.book.facts(index, createdAtMs, warehouseSlot)
    const override = this.overrides.get(facts.id)
    if (override) return { facts, ...override }
    if (index >= this.book.count) return { facts, status: { supplierStatus: 'new', wbStatus: 'waiting' }, supplyId: undefined }
    const key = this.book.baseSupplyKey(index)
    return { facts, status: this.book.baseStatus(index), supplyId: key === undefined ? undefined : this.supplyIndex().byKey.get(keyText(key)) }
  }

  private firstIndexAfterId(afterId: number): number {
    let low = 0
    let high = this.book.count
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.book.idAt(mid) <= afterId) low = mid + 1
      else high = mid
    }
    return low
  }

  private addedTo(supplyId: string): Set<number> {
    let set = this.added.get(supplyId)
    if (!set) this.added.set(supplyId, (set = new Set()))
    return set
  }

  private supplyId(seq: number): string {
    return `WB-GI-${this.supplyIdBase + seq * 13}`
  }

  /** Seeded orders the history put into a supply, whether or not they have moved since. */
  private baseMembers(supply: FbsSupply): number[] {
    const { base } = supply
    if (!base) return []
    const [fromMs, toMs] = base.kind === 'closed'
      ? [this.book.weekStartMs(base.week), this.book.weekStartMs(base.week) + WEEK_MS]
      : [this.anchorMs - 56 * HOUR_MS, this.anchorMs - 28 * HOUR_MS]
    const ids: number[] = []
    const target = keyText(base)
    for (let index = this.book.firstCreatedAtOrAfter(fromMs); index < this.book.count && this.book.createdAtMs(index) < toMs; index++) {
      const key = this.book.baseSupplyKey(index)
      if (key !== undefined && keyText(key) === target) ids.push(this.book.idAt(index))
    }
    return ids
  }

  private supplyIndex(): { byId: Map<string, FbsSupply>; byKey: Map<string, string>; list: FbsSupply[] } {
    this.suppliesCache ??= this.seededSupplies()
    return this.suppliesCache
  }

  private seededSupplies(): { byId: Map<string, FbsSupply>; byKey: Map<string, string>; list: FbsSupply[] } {
    const spans = new Map<string, { key: BaseSupplyKey; firstMs: number; lastMs: number }>()
    for (let index = 0; index < this.book.count; index++) {
      const key = this.book.baseSupplyKey(index)
      if (!key) continue
      const createdAtMs = this.book.createdAtMs(index)
      const span = spans.get(keyText(key))
      if (span) span.lastMs = createdAtMs
      else spans.set(keyText(key), { key, firstMs: createdAtMs, lastMs: createdAtMs })
    }
    const drafts: Array<Omit<FbsSupply, 'id' | 'seq'>> = [...spans.values()].map(({ key, firstMs, lastMs }) => {
      const warehouse = this.warehouses[key.warehouseSlot]!
      if (key.kind === 'open') {
        return { name: `Сборка ${warehouse.name}`, createdAtMs: this.anchorMs - 56 * HOUR_MS, closedAtMs: null, scanAtMs: null, base: key }
      }
      const closedAtMs = lastMs + 30 * HOUR_MS
      return {
        name: `Поставка ${ddmm(firstMs)} ${warehouse.name}`,
        createdAtMs: firstMs + HOUR_MS,
        closedAtMs,
        scanAtMs: closedAtMs + 6 * HOUR_MS,
        base: key
      }
    })
    drafts.push({ name: 'Поставка на завтра', createdAtMs: this.anchorMs - 2 * HOUR_MS, closedAtMs: null, scanAtMs: null })
    drafts.sort((a, b) => a.createdAtMs - b.createdAtMs)
    const list = drafts.map((draft, k) => ({ ...draft, id: this.supplyId(k + 1), seq: k + 1 }))
    return {
      list,
      byId: new Map(list.map((supply) => [supply.id, supply])),
      byKey: new Map(list.flatMap((supply) => (supply.base ? [[keyText(supply.base), supply.id] as const] : [])))
    }
  }
}

function ddmm(ms: number): string {
  const moscow = formatMoscow(ms)
  return `${moscow.slice(8, 10)}.${moscow.slice(5, 7)}`
}
