import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, walkPostings, walkProductList, wholeHistory } from './test-helpers'

interface Line { sku: number; offer_id: string; name: string; quantity: number }
interface Fbs {
  posting_number: string
  status: string
  in_process_at: string
  products: Line[]
  delivery_method: { warehouse_id: number; warehouse: string }
  analytics_data: { warehouse_id: number; warehouse: string }
  financial_data: { products: Array<{ product_id: number; quantity: number }> }
}
interface Fbo {
  posting_number: string
  status: string
  products: Line[]
  analytics_data: { warehouse_id: number; warehouse_name: string }
  financial_data: { products: Array<{ product_id: number }> }
}
interface Info { id: number; sku: number; offer_id: string; name: string; statuses: { status: string } }
interface Warehouse { warehouse_id: number; name: string; status: string; updated_at: string }
interface ByWarehouse { sku: number; warehouse_id: number; reserved: number; present: number }

const clock = manualClock()
let oz: OzonSandbox
let fbs: Fbs[]
let fbo: Fbo[]
let bySku: Map<number, Info>
let warehouses: Map<number, Warehouse>

beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 600, postings: 1500, seed: 11, now: clock.now })
  const all = { analytics_data: true, financial_data: true }
  fbs = (await walkPostings<Fbs>(oz, '/v4/posting/fbs/list', { filter: wholeHistory(clock.now()), limit: 100, with: all })).flatMap((page) => page.postings)
  fbo = (await walkPostings<Fbo>(oz, '/v3/posting/fbo/list', { filter: wholeHistory(clock.now()), limit: 100, with: all })).flatMap((page) => page.postings)
  const ids = [...(await walkProductList(oz, 'ALL', 1000)), ...(await walkProductList(oz, 'ARCHIVED', 1000))]
    .flatMap((page) => page.result.items.map((item) => item.product_id))
  const infos = (await ozonJson<{ items: Info[] }>(oz, '/v3/product/info/list', { product_id: ids })).items
  bySku = new Map(infos.filter((item) => item.sku !== 0).map((item) => [item.sku, item]))
  warehouses = new Map((await ozonJson<{ warehouses: Warehouse[] }>(oz, '/v2/warehouse/list', { limit: 200 })).warehouses.map((warehouse) => [warehouse.warehouse_id, warehouse]))
})
afterAll(() => oz.close())

describe('linked data', () => {
  it('every posting line is a real product: its sku, offer_id and name', () => {
    expect(fbs).toHaveLength(900)
    expect(fbo).toHaveLength(600)
    for (const posting of [...fbs, ...fbo]) {
      for (const line of posting.products) {
        const product = bySku.get(line.sku)
        expect(product, `${posting.posting_number} sku ${line.sku}`).toBeDefined()
        expect(line.offer_id).toBe(product!.offer_id)
        expect(line.name).toBe(product!.name)
      }
      expect(posting.financial_data.products.map((line) => line.product_id)).toEqual(posting.products.map((line) => line.sku))
      expect(new Set(posting.products.map((line) => line.sku)).size).toBe(posting.products.length)
    }
  })

  it('FBS postings ship from the seller\'s warehouses; the disabled one only long ago', () => {
    const disabled = [...warehouses.values()].find((warehouse) => warehouse.status === 'disabled')!
    for (const posting of fbs) {
      const warehouse = warehouses.get(posting.delivery_method.warehouse_id)
      expect(warehouse, posting.posting_number).toBeDefined()
      expect(posting.delivery_method.warehouse).toBe(warehouse!.name)
      expect(posting.analytics_data.warehouse_id).toBe(warehouse!.warehouse_id)
      if (warehouse === disabled) expect(Date.parse(posting.in_process_at)).toBeLessThan(Date.parse(disabled.updated_at))
    }
    expect(new Set(fbs.map((posting) => posting.delivery_method.warehouse_id)).size).toBe(warehouses.size)
  })

  it('FBO postings name Ozon\'s centres consistently, none of them a seller warehouse', () => {
    const names = new Map<number, Set<string>>()
    for (const posting of fbo) {
      const { warehouse_id: id, warehouse_name: name } = posting.analytics_data
      expect(warehouses.has(id)).toBe(false)
      names.set(id, (names.get(id) ?? new Set()).add(name))
    }
    expect(names.size).toBeGreaterThan(3)
    expect([...names.values()].every((set) => set.size === 1)).toBe(true)
  })

  it('open FBS postings hold exactly the reserved units of their sku and warehouse', async () => {
    const open = new Set(['acceptance_in_progress', 'awaiting_packaging', 'awaiting_deliver'])
    const held = new Map<string, number>()
    for (const posting of fbs.filter((candidate) => open.has(candidate.status))) {
      for (const line of posting.products) {
        const key = `${line.sku}:${posting.delivery_method.warehouse_id}`
        held.set(key, (held.get(key) ?? 0) + line.quantity)
      }
    }
    expect(held.size).toBeGreaterThan(0)
    const skus = [...bySku.keys()].map(String)
    const rows: ByWarehouse[] = []
    for (let k = 0; k < skus.length; k += 500) {
      rows.push(...(await ozonJson<{ result: ByWarehouse[] }>(oz, '/v1/product/info/stocks-by-warehouse/fbs', { sku: skus.slice(k, k + 500) })).result)
    }
    const reserved = new Map(rows.filter((row) => row.reserved > 0).map((row) => [`${row.sku}:${row.warehouse_id}`, row.reserved]))
    expect(reserved).toEqual(held)
    for (const row of rows) {
      expect(warehouses.get(row.warehouse_id)?.status).toBe('created')
      expect(row.present).toBeGreaterThanOrEqual(row.reserved)
    }
  })
})
