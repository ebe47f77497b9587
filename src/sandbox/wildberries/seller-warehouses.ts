/**
 * The seller's own warehouses (FBS), each bound to a WB office, and what they hold. Two or three per seed, picked
 * from cities where sellers commonly keep stock.
 */
import { wbOffices, type WbOffice } from './places'
import { hash32 } from './random'

export interface SellerWarehouse {
  id: number
  name: string
  officeId: number
  cargoType: 1 | 2 | 3
  deliveryType: 1
  isDeleting: boolean
  isProcessing: boolean
}

const candidates: ReadonlyArray<{ name: string; officeId: number }> = [
  { name: 'Склад Подольск', officeId: 3 },
  { name: 'Склад Казань', officeId: 118 },
  { name: 'Склад Екатеринбург', officeId: 54 },
  { name: 'Склад Краснодар', officeId: 131 },
  { name: 'Склад Санкт-Петербург', officeId: 78 }
]

const Salt = { count: 0x5a01, first: 0x5a02, idBase: 0x5a03, amount: 0x5a04 } as const

export function sellerWarehousesOf(seed: number): SellerWarehouse[] {
  const count = 2 + (hash32(seed, 0, Salt.count) % 2)
  const first = hash32(seed, 0, Salt.first) % candidates.length
  const idBase = 100_000 + (hash32(seed, 0, Salt.idBase) % 800_000)
  return Array.from({ length: count }, (_, k) => {
    const candidate = candidates[(first + k) % candidates.length]!
    return {
      id: idBase + k * 1_137,
      name: candidate.name,
      officeId: candidate.officeId,
      cargoType: 1,
      deliveryType: 1,
      isDeleting: false,
      isProcessing: false
    }
  })
}

export function officeOf(warehouse: SellerWarehouse): WbOffice {
  const office = wbOffices.find((candidate) => candidate.id === warehouse.officeId)
  if (!office) throw new Error(`seller warehouse ${warehouse.id} is bound to an unknown office`)
  return office
}

/**
 * What a seller warehouse holds of a size: about one size in seven is out of stock and one in five is running low,
 * so low-stock highlighting has something to show.
 */
export function fbsStockAmount(seed: number, warehouseId: number, chrtId: number): number {
  const h = hash32(seed ^ warehouseId, chrtId, Salt.amount)
  const bucket = h % 100
  if (bucket < 15) return 0
  if (bucket < 35) return 1 + ((h >>> 8) % 5)
  return 6 + ((h >>> 8) % 195)
}
