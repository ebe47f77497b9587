/**
 * Where each product lies and how much of it: seller-warehouse stock (FBS/rFBS) per product and working warehouse,
 * and Ozon-warehouse stock (FBO) per product and fulfilment centre. Only products on sale have stock (Ozon wants
 * stock reset before archiving). `present` counts everything in the warehouse, the `reserved` units included
 * (GROUND-TRUTH leaves this open; the sandbox's reading): reserved units are those of open postings.
 */
import { isSellable, type OzonProduct } from './catalog'
import { between, chance, hash32 } from './random'
import type { FboWarehouse, SellerWarehouse } from './warehouses'

export interface StockEntry {
  productIndex: number
  warehouseId: number
  /** Units not promised to anyone. */
  free: number
  reserved: number
}

export const presentOf = (entry: StockEntry): number => entry.free + entry.reserved

const Salt = { sellerPlaced: 0x4001, sellerCount: 0x4002, fboOnly: 0x4003, fbo: 0x4004, fboCount: 0x4005, fboPlaced: 0x4006 } as const

function quantity(hash: number, max: number): number {
  const roll = hash % 100
  if (roll < 15) return 0
  if (roll < 35) return between(1, 5, hash >>> 8)
  return between(6, max, hash >>> 8)
}

function add(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export class StockBook {
  /** Seller-warehouse entries by product index. */
  readonly seller = new Map<number, StockEntry[]>()
  /** Ozon-warehouse entries by product index. */
  readonly fbo = new Map<number, StockEntry[]>()
  /** Product indexes with an entry, by warehouse. */
  readonly inSellerWarehouse = new Map<number, number[]>()
  readonly inFboWarehouse = new Map<number, number[]>()

  constructor(seed: number, products: readonly OzonProduct[], sellerWarehouses: readonly SellerWarehouse[], fboWarehouses: readonly FboWarehouse[]) {
    const working = sellerWarehouses.filter((warehouse) => warehouse.status === 'created')
    for (const product of products) {
      if (!isSellable(product)) continue
      const { index } = product
      const fboOnly = chance(10, hash32(seed, index, Salt.fboOnly))
      const entries: StockEntry[] = []
      if (!fboOnly) {
        working.forEach((warehouse, slot) => {
          if (chance(45, hash32(seed, index * 16 + slot, Salt.sellerPlaced))) {
            entries.push({ productIndex: index, warehouseId: warehouse.warehouseId, free: quantity(hash32(seed, index * 16 + slot, Salt.sellerCount), 80), reserved: 0 })
          }
        })
        if (entries.length === 0 && working.length > 0) {
          const warehouse = working[hash32(seed, index, Salt.sellerPlaced) % working.length]!
          entries.push({ productIndex: index, warehouseId: warehouse.warehouseId, free: quantity(hash32(seed, index, Salt.sellerCount), 80), reserved: 0 })
        }
      }
      if (entries.length > 0) this.seller.set(index, entries)
      for (const entry of entries) add(this.inSellerWarehouse, entry.warehouseId, index)

      if (fboOnly || chance(60, hash32(seed, index, Salt.fbo))) {
        const count = between(1, 3, hash32(seed, index, Salt.fboCount))
        const first = hash32(seed, index, Salt.fboPlaced) % fboWarehouses.length
        const fboEntries = Array.from({ length: Math.min(count, fboWarehouses.length) }, (_, k): StockEntry => ({
          productIndex: index,
          warehouseId: fboWarehouses[(first + k) % fboWarehouses.length]!.warehouseId,
          free: quantity(hash32(seed, index * 8 + k, Salt.fboCount), 300),
          reserved: 0
        }))
        this.fbo.set(index, fboEntries)
        for (const entry of fboEntries) add(this.inFboWarehouse, entry.warehouseId, index)
      }
    }
  }

  sellerEntry(productIndex: number, warehouseId: number): StockEntry | undefined {
    return this.seller.get(productIndex)?.find((entry) => entry.warehouseId === warehouseId)
  }

  fboEntry(productIndex: number, warehouseId: number): StockEntry | undefined {
    return this.fbo.get(productIndex)?.find((entry) => entry.warehouseId === warehouseId)
  }

  /** Promises `quantity` units to an open posting; an entry is opened if the product was not there yet. */
  reserve(kind: 'seller' | 'fbo', productIndex: number, warehouseId: number, quantity: number): void {
    const byProduct = kind === 'seller' ? this.seller : this.fbo
    let entry = kind === 'seller' ? this.sellerEntry(productIndex, warehouseId) : this.fboEntry(productIndex, warehouseId)
    if (!entry) {
      entry = { productIndex, warehouseId, free: 0, reserved: 0 }
      const list = byProduct.get(productIndex)
      if (list) list.push(entry)
      else byProduct.set(productIndex, [entry])
      add(kind === 'seller' ? this.inSellerWarehouse : this.inFboWarehouse, warehouseId, productIndex)
    }
    entry.reserved += quantity
  }

  hasSellerStock(productIndex: number): boolean {
    return (this.seller.get(productIndex) ?? []).some((entry) => presentOf(entry) > 0)
  }

  hasFboStock(productIndex: number): boolean {
    return (this.fbo.get(productIndex) ?? []).some((entry) => presentOf(entry) > 0)
  }
}
