/**
 * The seller's own warehouses (FBS, and rFBS where `is_rfbs`), which `/v2/warehouse/list` returns, and the Ozon
 * fulfilment centres FBO postings and FBO stocks name. Ids are shaped like Ozon's (multiples of 1000, ~1e15 for
 * both kinds). Five or six seller warehouses: three FBS and one rFBS working, one rFBS
 * disabled (it has old postings only), and with six one more FBS. Listed in warehouse_id order. Ozon's own centres
 * have ids of the same shape (a recorded FBO posting: `analytics_data.warehouse_id` 1020000115166000).
 */
import { hash32 } from './random'
import { DAY_MS } from './time'
import { fboWarehouseSeeds, sellerWarehouseSeeds, type SellerWarehouseSeed } from './vocabulary'

export interface SellerWarehouse {
  warehouseId: number
  seed: SellerWarehouseSeed
  name: string
  isRfbs: boolean
  /** `created` works; `disabled` takes no new postings and holds no stock. */
  status: 'created' | 'disabled'
  deliveryMethodId: number
  deliveryMethodName: string
  tplProvider: string
  tplProviderId: number
  createdAtMs: number
  updatedAtMs: number
  /** Minutes after midnight (warehouse time) by which today's postings must be packed. */
  cutInMinutes: number
}

export interface FboWarehouse {
  warehouseId: number
  name: string
  cluster: string
}

/** Days a disabled warehouse has been off: it shipped nothing since. */
export const DISABLED_FOR_DAYS = 45

const Salt = { id: 0x3001, method: 0x3002, created: 0x3003, cutIn: 0x3004, fbo: 0x3005 } as const
/** Seeds 0–2 FBS, 3 rFBS (working); 4 rFBS (disabled); 5 FBS. */
const DISABLED_SLOT = 4

export function sellerWarehousesOf(seed: number, anchorMs: number): SellerWarehouse[] {
  const count = 5 + (hash32(seed, 0, Salt.id) % 2)
  const warehouses = sellerWarehouseSeeds.slice(0, count).map((warehouseSeed, slot): SellerWarehouse => {
    const createdAtMs = anchorMs - (400 + (hash32(seed, slot, Salt.created) % 900)) * DAY_MS + (hash32(seed, slot, Salt.created + 1) % DAY_MS)
    const disabled = slot === DISABLED_SLOT
    return {
      warehouseId: (1_020_000_000_000 + (hash32(seed, slot, Salt.id) % 90_000_000) * 100 + slot) * 1000,
      seed: warehouseSeed,
      name: warehouseSeed.name,
      isRfbs: warehouseSeed.isRfbs,
      status: disabled ? 'disabled' : 'created',
      deliveryMethodId: 20_000_000 + (hash32(seed, slot, Salt.method) % 80_000_000),
      deliveryMethodName: warehouseSeed.isRfbs ? `Собственная доставка, ${warehouseSeed.city}` : `Ozon Логистика самостоятельно, ${warehouseSeed.city}`,
      tplProvider: warehouseSeed.isRfbs ? 'Собственная служба доставки' : 'Ozon Логистика',
      tplProviderId: warehouseSeed.isRfbs ? 0 : 24,
      createdAtMs,
      updatedAtMs: disabled ? anchorMs - DISABLED_FOR_DAYS * DAY_MS : createdAtMs + Math.floor((anchorMs - createdAtMs) / 2),
      cutInMinutes: 12 * 60 + (hash32(seed, slot, Salt.cutIn) % 8) * 60
    }
  })
  return warehouses.sort((a, b) => a.warehouseId - b.warehouseId)
}

export function fboWarehousesOf(seed: number): FboWarehouse[] {
  return fboWarehouseSeeds.map((warehouseSeed, slot) => ({
    // Slots 10 and up: never the id of a seller warehouse.
    warehouseId: (1_020_000_000_000 + (hash32(seed, slot, Salt.fbo) % 90_000_000) * 100 + 10 + slot) * 1000,
    name: warehouseSeed.name,
    cluster: warehouseSeed.cluster
  }))
}

