import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { ozonJson, ozonRequest, type RpcStatus } from './test-helpers'

interface StockRow { type: string; present: number; reserved: number; sku: number; warehouse_ids: number[]; shipment_type: string }
interface StocksPage { cursor: string; total: number; items: Array<{ product_id: number; offer_id: string; stocks: StockRow[] }> }
interface WarehouseRow { sku: number; offer_id: string; product_id: number; warehouse_id: number; warehouse_name: string; present: number; reserved: number }
interface Warehouse { warehouse_id: number; name: string; is_rfbs: boolean; status: string }
interface WarehousePage { cursor: string; has_next: boolean; warehouses: Warehouse[] }

let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 400, postings: 600, seed: 7 })
})
afterAll(() => oz.close())

async function walkStocks(limit: number): Promise<StocksPage[]> {
  const pages: StocksPage[] = []
  let cursor = ''
  for (;;) {
    const page = await ozonJson<StocksPage>(oz, '/v4/product/info/stocks', { filter: { visibility: 'ALL' }, limit, cursor })
    pages.push(page)
    if (page.items.length === 0) return pages
    cursor = page.cursor
  }
}

describe('/v4/product/info/stocks', () => {
  it('pages with cursor to the end: every active product once, fbs and fbo rows for each with an SKU', async () => {
    const pages = await walkStocks(45)
    const items = pages.flatMap((page) => page.items)
    const ids = items.map((item) => item.product_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(pages[0]!.total)
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(pages.at(-1)).toMatchObject({ items: [], cursor: '' })
    for (const item of items) {
      if (item.stocks.length === 0) continue
      const types = item.stocks.map((row) => row.type)
      expect(types.filter((type) => type === 'fbs' || type === 'fbo')).toEqual(['fbs', 'fbo'])
      for (const row of item.stocks) {
        expect(row.reserved).toBeLessThanOrEqual(row.present)
        expect(row.shipment_type).toBe('SHIPMENT_TYPE_GENERAL')
      }
    }
    expect(items.some((item) => item.stocks.some((row) => row.type === 'rfbs'))).toBe(true)
    expect(items.some((item) => item.stocks.some((row) => row.reserved > 0))).toBe(true)
  })

  it('requires filter and limit, and caps limit at 1000', async () => {
    for (const body of [{ limit: 10 }, { filter: {} }, { filter: {}, limit: 1001 }, { filter: { visibility: 'HIDDEN' }, limit: 5 }]) {
      const response = await ozonRequest(oz, '/v4/product/info/stocks', body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(((await response.json()) as RpcStatus).code).toBe(3)
    }
  })
})

describe('/v1/product/info/stocks-by-warehouse/fbs', () => {
  it('splits each product\'s FBS and rFBS stock by seller warehouse, adding up to the v4 totals', async () => {
    const items = (await walkStocks(1000)).flatMap((page) => page.items).filter((item) => item.stocks.length > 0).slice(0, 200)
    const skus = items.map((item) => String(item.stocks[0]!.sku))
    const { result } = await ozonJson<{ result: WarehouseRow[] }>(oz, '/v1/product/info/stocks-by-warehouse/fbs', { sku: skus })
    const warehouses = new Map((await ozonJson<WarehousePage>(oz, '/v2/warehouse/list', { limit: 200 })).warehouses.map((warehouse) => [warehouse.warehouse_id, warehouse]))
    for (const item of items) {
      const rows = result.filter((row) => row.product_id === item.product_id)
      for (const type of ['fbs', 'rfbs']) {
        const total = item.stocks.find((row) => row.type === type) ?? { present: 0, reserved: 0 }
        const mine = rows.filter((row) => warehouses.get(row.warehouse_id)!.is_rfbs === (type === 'rfbs'))
        expect(mine.reduce((sum, row) => sum + row.present, 0)).toBe(total.present)
        expect(mine.reduce((sum, row) => sum + row.reserved, 0)).toBe(total.reserved)
      }
      for (const row of rows) {
        expect(row.offer_id).toBe(item.offer_id)
        expect(row.warehouse_name).toBe(warehouses.get(row.warehouse_id)!.name)
      }
    }
  })

  it('takes offer_id too, uses only sku when both are given, and refuses an empty request', async () => {
    const item = (await walkStocks(1000)).flatMap((page) => page.items).find((candidate) => candidate.stocks.some((row) => row.type === 'fbs' && row.warehouse_ids.length > 0))!
    const byOffer = await ozonJson<{ result: WarehouseRow[] }>(oz, '/v1/product/info/stocks-by-warehouse/fbs', { offer_id: [item.offer_id] })
    expect(byOffer.result.length).toBeGreaterThan(0)
    expect(byOffer.result.every((row) => row.product_id === item.product_id)).toBe(true)
    const both = await ozonJson<{ result: WarehouseRow[] }>(oz, '/v1/product/info/stocks-by-warehouse/fbs', { sku: ['1'], offer_id: [item.offer_id] })
    expect(both.result).toEqual([])
    const empty = await ozonRequest(oz, '/v1/product/info/stocks-by-warehouse/fbs', {})
    expect(empty.status).toBe(400)
  })
})

describe('/v2/warehouse/list', () => {
  it('pages with cursor and has_next: FBS and rFBS warehouses, one disabled', async () => {
    const seen: Warehouse[] = []
    let cursor = ''
    for (let page = 0; ; page++) {
      const answer = await ozonJson<WarehousePage>(oz, '/v2/warehouse/list', { limit: 2, cursor })
      seen.push(...answer.warehouses)
      if (!answer.has_next) break
      expect(answer.warehouses).toHaveLength(2)
      cursor = answer.cursor
      expect(page).toBeLessThan(10)
    }
    const all = await ozonJson<WarehousePage>(oz, '/v2/warehouse/list', { limit: 200 })
    expect(all.has_next).toBe(false)
    expect(seen.map((warehouse) => warehouse.warehouse_id)).toEqual(all.warehouses.map((warehouse) => warehouse.warehouse_id))
    expect(seen.length).toBeGreaterThanOrEqual(5)
    expect(seen.some((warehouse) => warehouse.is_rfbs) && seen.some((warehouse) => !warehouse.is_rfbs)).toBe(true)
    expect(seen.filter((warehouse) => warehouse.status === 'disabled')).toHaveLength(1)
    const one = await ozonJson<WarehousePage>(oz, '/v2/warehouse/list', { limit: 10, warehouse_ids: [String(seen[1]!.warehouse_id)] })
    expect(one.warehouses.map((warehouse) => warehouse.warehouse_id)).toEqual([seen[1]!.warehouse_id])
  })

  it('requires limit 1..200', async () => {
    for (const body of [{}, { limit: 0 }, { limit: 201 }]) {
      expect((await ozonRequest(oz, '/v2/warehouse/list', body)).status, JSON.stringify(body)).toBe(400)
    }
  })
})
