import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { allCards, manualClock, wbJson } from './test-helpers'
import type { WbCard, WbSize } from './types'

type Row = Record<string, string | number | boolean> & { srid: string; nmId: number; barcode: string; date: string }

const clock = manualClock()
let wb: WbSandbox
let cardsByNmId: Map<number, WbCard>
let sizesByBarcode: Map<string, { card: WbCard; size: WbSize }>

beforeAll(async () => {
  wb = await startWbSandbox({ rateLimits: false, cardCount: 400, now: clock.now })
  const cards = await allCards(wb.url, wb.token)
  cardsByNmId = new Map(cards.map((card) => [card.nmID, card]))
  sizesByBarcode = new Map(cards.flatMap((card) => card.sizes.map((size) => [size.skus[0]!, { card, size }] as const)))
})
afterAll(() => wb.close())

const get = <T>(path: string) => wbJson<T>(wb.url, wb.token, 'GET', path)

function expectRealGoods(row: Row): void {
  const found = sizesByBarcode.get(row.barcode)
  expect(found, row.barcode).toBeDefined()
  expect(found!.card.nmID).toBe(row.nmId)
  expect(row.supplierArticle).toBe(found!.card.vendorCode)
  expect(row.brand).toBe(found!.card.brand)
  expect(row.subject).toBe(found!.card.subjectName)
  expect(row.techSize).toBe(found!.size.techSize)
}

describe('linked data', () => {
  it('statistics orders quote real cards, sizes and barcodes, and FBW supplies as incomeID', async () => {
    const orders = await get<Row[]>('/api/v1/supplier/orders?dateFrom=2020-01-01')
    const supplies = await wbJson<Array<{ supplyID: number | null; statusID: number }>>(wb.url, wb.token, 'POST', '/api/v1/supplies', {})
    const accepted = new Set(supplies.filter((supply) => supply.statusID >= 5).map((supply) => supply.supplyID))
    const sellerWarehouses = new Set((await get<Array<{ name: string }>>('/api/v3/warehouses')).map((warehouse) => warehouse.name))
    for (const row of orders) {
      expectRealGoods(row)
      if (row.warehouseType === 'Склад WB') expect(accepted.has(row.incomeID as number)).toBe(true)
      else expect([row.incomeID, sellerWarehouses.has(row.warehouseName as string)]).toEqual([0, true])
    }
  })

  it('every sale sells an order of the feed, after it was placed, and never a cancelled one', async () => {
    const orders = new Map((await get<Row[]>('/api/v1/supplier/orders?dateFrom=2020-01-01')).map((row) => [row.srid, row]))
    const sales = await get<Row[]>('/api/v1/supplier/sales?dateFrom=2020-01-01')
    for (const sale of sales) {
      const order = orders.get(sale.srid)
      expect(order, sale.srid).toBeDefined()
      expect(order!.isCancel).toBe(false)
      expect(sale.date > order!.date).toBe(true)
      for (const key of ['nmId', 'barcode', 'gNumber', 'sticker', 'warehouseName', 'regionName', 'incomeID', 'discountPercent', 'spp'] as const) {
        expect(sale[key], key).toBe(order![key])
      }
      expectRealGoods(sale)
    }
    const soldOrders = new Set(sales.filter((sale) => (sale.saleID as string).startsWith('S')).map((sale) => sale.srid))
    expect(soldOrders.size).toBe(sales.filter((sale) => (sale.saleID as string).startsWith('S')).length)
  })

  it('FBS orders, FBW goods and WB-warehouse stocks point at real cards and sizes', async () => {
    const nowS = Math.floor(clock.now() / 1000)
    const { orders } = await get<{ orders: Array<{ nmId: number; chrtId: number; skus: string[]; article: string }> }>(
      `/api/v3/orders?limit=1000&next=0&dateFrom=${nowS - 30 * 86_400}&dateTo=${nowS}`)
    for (const order of orders) {
      const found = sizesByBarcode.get(order.skus[0]!)
      expect(order.skus).toHaveLength(1)
      expect([found?.card.nmID, found?.size.chrtID, found?.card.vendorCode]).toEqual([order.nmId, order.chrtId, order.article])
    }

    const supplies = await wbJson<Array<{ supplyID: number | null; preorderID: number }>>(wb.url, wb.token, 'POST', '/api/v1/supplies', {})
    for (const supply of supplies.filter((item) => item.supplyID !== null)) {
      const goods = await get<Array<{ barcode: string; nmID: number; vendorCode: string; techSize: string }>>(`/api/v1/supplies/${supply.supplyID}/goods?limit=1000`)
      for (const line of goods) {
        const found = sizesByBarcode.get(line.barcode)
        expect([found?.card.nmID, found?.card.vendorCode, found?.size.techSize]).toEqual([line.nmID, line.vendorCode, line.techSize])
      }
    }

    const stocks = await wbJson<{ data: { items: Array<{ nmId: number; chrtId: number }> } }>(wb.url, wb.token, 'POST', '/api/analytics/v1/stocks-report/wb-warehouses', {})
    for (const row of stocks.data.items) {
      expect(cardsByNmId.get(row.nmId)?.sizes.map((size) => size.chrtID)).toContain(row.chrtId)
    }
  })
})
