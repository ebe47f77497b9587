/**
 * What `/v1/analytics/data` adds up, per SKU and Moscow day of the order (Ozon's cabinet cuts days there): the
 * ordered amount and units of every posting of that day: the metrics a seller without Premium gets. Read from the
 * postings as they are now, so new postings count at once.
 */
import type { OzonWorld } from './world'

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000

export function moscowDayOf(ms: number): string {
  return new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 10)
}

export interface SkuDay {
  sku: number
  productIndex: number
  day: string
  /** Kopecks. */
  revenue: number
  orderedUnits: number
}

/** Every SKU and day with an order, in day then SKU order. */
export function skuDaysOf(world: OzonWorld): SkuDay[] {
  const byKey = new Map<string, SkuDay>()
  const entry = (productIndex: number, day: string): SkuDay => {
    const sku = world.products[productIndex]!.sku
    const key = `${day}:${sku}`
    let found = byKey.get(key)
    if (!found) byKey.set(key, (found = { sku, productIndex, day, revenue: 0, orderedUnits: 0 }))
    return found
  }
  const postings = [...world.fbs.map((p) => ({ posting: p, orderedAtMs: p.inProcessAtMs })), ...world.fbo.map((p) => ({ posting: p, orderedAtMs: p.createdAtMs }))]
  for (const { posting, orderedAtMs } of postings) {
    const day = moscowDayOf(orderedAtMs)
    for (const line of posting.lines) {
      const row = entry(line.productIndex, day)
      row.revenue += line.price * line.quantity
      row.orderedUnits += line.quantity
    }
  }
  return [...byKey.values()].sort((a, b) => (a.day === b.day ? a.sku - b.sku : a.day < b.day ? -1 : 1))
}
