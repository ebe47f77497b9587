import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { allCards, manualClock, wbJson, wbRequest } from './test-helpers'
import type { WbCard } from './types'

interface Order {
  id: number
  rid: string
  createdAt: string
  skus: string[]
  nmId: number
  chrtId: number
  article: string
  warehouseId: number
  officeId: number
  price: number
  supplyId?: string
  [key: string]: unknown
}

interface OrdersPage {
  next: number
  orders: Order[]
}

interface Supply {
  id: string
  done: boolean
  closedAt: string | null
  [key: string]: unknown
}

const DAY_S = 86_400
const rfc3339Utc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const clock = manualClock()
const nowS = Math.floor(clock.now() / 1000)
let wb: WbSandbox
let cards: WbCard[]

beforeAll(async () => {
  wb = await startWbSandbox({ rateLimits: false, cardCount: 300, now: clock.now })
  cards = await allCards(wb.url, wb.token)
})
afterAll(() => wb.close())

const get = <T>(path: string) => wbJson<T>(wb.url, wb.token, 'GET', path)
const post = <T>(path: string, body: unknown) => wbJson<T>(wb.url, wb.token, 'POST', path, body)

async function expectMarketplaceError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const error = (await response.json()) as Record<string, unknown>
  expect(Object.keys(error).sort()).toEqual(['code', 'data', 'message'])
  expect(error).toMatchObject({ code, message: expect.any(String), data: null })
}

async function walkOrders(dateFrom: number, dateTo: number, limit: number): Promise<Order[]> {
  const orders: Order[] = []
  let next = 0
  for (;;) {
    const page = await get<OrdersPage>(`/api/v3/orders?limit=${limit}&next=${next}&dateFrom=${dateFrom}&dateTo=${dateTo}`)
    if (page.orders.length === 0) {
      expect(page.next).toBe(next)
      return orders
    }
    expect(page.next).toBe(page.orders.at(-1)!.id)
    orders.push(...page.orders)
    next = page.next
  }
}

describe('seller warehouses and WB offices', () => {
  it('lists two or three seller warehouses bound to WB offices the offices list marks as selected', async () => {
    const warehouses = await get<Array<Record<string, unknown>>>('/api/v3/warehouses')
    const offices = await get<Array<Record<string, unknown>>>('/api/v3/offices')
    expect(warehouses.length).toBeGreaterThanOrEqual(2)
    expect(warehouses.length).toBeLessThanOrEqual(3)
    for (const warehouse of warehouses) {
      expect(Object.keys(warehouse).sort()).toEqual(['cargoType', 'deliveryType', 'id', 'isDeleting', 'isProcessing', 'name', 'officeId'])
      expect(warehouse.name).toMatch(/^Склад [А-ЯЁ]/)
      expect([1, 2, 3]).toContain(warehouse.cargoType)
      expect(offices.find((office) => office.id === warehouse.officeId)).toMatchObject({ selected: true })
    }
    expect(offices.length).toBeGreaterThanOrEqual(10)
    for (const office of offices) {
      expect(Object.keys(office).sort()).toEqual(
        ['address', 'cargoType', 'city', 'deliveryType', 'federalDistrict', 'id', 'latitude', 'longitude', 'name', 'selected'])
      expect(Number.isInteger(office.id)).toBe(true)
      expect(typeof office.latitude).toBe('number')
    }
    expect(offices.filter((office) => office.selected)).toHaveLength(warehouses.length)
  })
})

describe('POST /api/v3/stocks/{warehouseId}', () => {
  it('answers every size of the catalogue, with sold-out and low amounts among them', async () => {
    const [warehouse] = await get<Array<{ id: number }>>('/api/v3/warehouses')
    const chrtIds = cards.flatMap((card) => card.sizes.map((size) => size.chrtID))
    const amounts: number[] = []
    for (let start = 0; start < chrtIds.length; start += 1000) {
      const chunk = chrtIds.slice(start, start + 1000)
      const { stocks } = await post<{ stocks: Array<{ chrtId: number; amount: number }> }>(`/api/v3/stocks/${warehouse!.id}`, { chrtIds: chunk })
      expect(stocks.map((stock) => stock.chrtId)).toEqual(chunk)
      amounts.push(...stocks.map((stock) => stock.amount))
    }
    expect(amounts.every((amount) => Number.isInteger(amount) && amount >= 0)).toBe(true)
    expect(amounts.filter((amount) => amount === 0).length / amounts.length).toBeGreaterThan(0.05)
    expect(amounts.filter((amount) => amount > 0 && amount <= 5).length / amounts.length).toBeGreaterThan(0.1)
    expect(Math.max(...amounts)).toBeGreaterThan(50)
  })

  it('leaves out sizes no card has and refuses what the spec refuses', async () => {
    const [warehouse] = await get<Array<{ id: number }>>('/api/v3/warehouses')
    const known = cards[0]!.sizes[0]!.chrtID
    const { stocks } = await post<{ stocks: Array<{ chrtId: number }> }>(`/api/v3/stocks/${warehouse!.id}`, { chrtIds: [known, 1, 999_999_999] })
    expect(stocks.map((stock) => stock.chrtId)).toEqual([known])
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'POST', '/api/v3/stocks/1', { chrtIds: [known] }), 404, 'NotFound')
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'POST', `/api/v3/stocks/${warehouse!.id}`, { skus: ['x'] }), 400, 'IncorrectRequestBody')
    const tooMany = Array.from({ length: 1001 }, (_, k) => known + k)
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'POST', `/api/v3/stocks/${warehouse!.id}`, { chrtIds: tooMany }), 400, 'IncorrectRequest')
  })
})

describe('GET /api/v3/orders', () => {
  it('pages with limit and next through every order of the last 90 days, 30 days at a time, each once', async () => {
    const windows = [[nowS - 90 * DAY_S, nowS - 60 * DAY_S], [nowS - 60 * DAY_S + 1, nowS - 30 * DAY_S], [nowS - 30 * DAY_S + 1, nowS]] as const
    const orders: Order[] = []
    for (const [from, to] of windows) {
      const inWindow = await walkOrders(from, to, 77)
      for (const order of inWindow) {
        const createdS = Date.parse(order.createdAt) / 1000
        expect(createdS).toBeGreaterThanOrEqual(from)
        expect(createdS).toBeLessThanOrEqual(to)
      }
      orders.push(...inWindow)
    }
    expect(orders).toHaveLength(600)
    expect(orders.every((order, k) => k === 0 || order.id > orders[k - 1]!.id)).toBe(true)
  })

  it('has the Order fields of the spec and points at real cards, sizes and barcodes', async () => {
    const { orders } = await get<OrdersPage>(`/api/v3/orders?limit=1000&next=0&dateFrom=${nowS - 30 * DAY_S}&dateTo=${nowS}`)
    expect(orders.length).toBeGreaterThan(100)
    // About one task in twenty is sold abroad, in the buyer's currency.
    const abroad = orders.filter((order) => order.currencyCode !== 643).length
    expect(abroad).toBeGreaterThan(0)
    expect(abroad).toBeLessThan(orders.length / 8)
    const byNmId = new Map(cards.map((card) => [card.nmID, card]))
    const warehouses = await get<Array<{ id: number; officeId: number }>>('/api/v3/warehouses')
    for (const order of orders) {
      expect(order).toMatchObject({
        address: null, deliveryType: 'fbs', orderUid: expect.stringMatching(/^\d+_[0-9a-f]{32}$/), article: expect.any(String),
        colorCode: '', rid: expect.stringMatching(/^[0-9a-f]{32}$/), createdAt: expect.stringMatching(rfc3339Utc),
        offices: [expect.any(String)], convertedCurrencyCode: 643, crossBorderType: 0, isZeroOrder: false,
        options: { isB2B: expect.any(Boolean) }, comment: expect.any(String)
      })
      for (const key of ['id', 'warehouseId', 'officeId', 'nmId', 'chrtId', 'price', 'convertedPrice', 'cargoType'] as const) {
        expect(Number.isInteger(order[key]), key).toBe(true)
      }
      expect(order.scanPrice === null || Number.isInteger(order.scanPrice)).toBe(true)
      expect([643, 933, 398]).toContain(order.currencyCode)
      if (order.currencyCode === 643) expect(order.convertedPrice).toBe(order.price)
      // A Belarusian rouble is worth tens of Russian ones; a tenge, a fraction of one.
      if (order.currencyCode === 933) expect(order.convertedPrice as number).toBeGreaterThan((order.price as number) * 20)
      if (order.currencyCode === 398) expect(order.convertedPrice as number).toBeLessThan(order.price as number)
      const card = byNmId.get(order.nmId)!
      expect(card.vendorCode).toBe(order.article)
      expect(card.sizes.find((size) => size.chrtID === order.chrtId)?.skus).toEqual(order.skus)
      expect(warehouses.find((warehouse) => warehouse.id === order.warehouseId)?.officeId).toBe(order.officeId)
    }
  })

  it('defaults to the last 30 days and answers 400 {code, message, data} for what the spec forbids', async () => {
    const defaulted = await get<OrdersPage>('/api/v3/orders?limit=1000&next=0')
    const explicit = await get<OrdersPage>(`/api/v3/orders?limit=1000&next=0&dateFrom=${nowS - 30 * DAY_S}&dateTo=${nowS}`)
    expect(defaulted.orders.map((order) => order.id)).toEqual(explicit.orders.map((order) => order.id))

    const refused = [
      '/api/v3/orders?next=0',
      '/api/v3/orders?limit=10',
      '/api/v3/orders?limit=0&next=0',
      '/api/v3/orders?limit=1001&next=0',
      '/api/v3/orders?limit=ten&next=0',
      '/api/v3/orders?limit=10&next=-1',
      `/api/v3/orders?limit=10&next=0&dateFrom=${nowS - 31 * DAY_S}&dateTo=${nowS}`,
      `/api/v3/orders?limit=10&next=0&dateFrom=${nowS - 95 * DAY_S}&dateTo=${nowS - 70 * DAY_S}`,
      `/api/v3/orders?limit=10&next=0&dateFrom=${nowS}&dateTo=${nowS - DAY_S}`,
      `/api/v3/orders?limit=10&next=0&dateFrom=2026-07-01`
    ]
    for (const path of refused) await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'GET', path), 400, 'IncorrectParameter')
  })
})

describe('order statuses', () => {
  it('gives new, on-assembly, delivered and cancelled orders consistent WB statuses', async () => {
    const orders = await walkOrders(nowS - 30 * DAY_S, nowS, 1000)
    const { orders: statuses } = await post<{ orders: Array<Record<string, unknown>> }>('/api/v3/orders/status', { orders: orders.map((order) => order.id) })
    expect(statuses).toHaveLength(orders.length)
    const consistent: Record<string, string[]> = {
      new: ['waiting'], confirm: ['waiting'], cancel: ['canceled'],
      complete: ['waiting', 'sorted', 'ready_for_pickup', 'sold', 'canceled_by_client', 'defect']
    }
    for (const status of statuses) {
      expect(Object.keys(status).sort()).toEqual(['id', 'isCancellable', 'supplierStatus', 'wbStatus'])
      expect(consistent[status.supplierStatus as string]).toContain(status.wbStatus)
      expect(status.isCancellable).toBe(status.supplierStatus === 'new' || status.supplierStatus === 'confirm')
    }
    const seen = new Set(statuses.map((status) => status.supplierStatus))
    expect([...seen].sort()).toEqual(['cancel', 'complete', 'confirm', 'new'])
    const bySupplier = new Map(statuses.map((status) => [status.id, status.supplierStatus]))
    for (const order of orders) expect(order.supplyId !== undefined).toBe(['confirm', 'complete'].includes(bySupplier.get(order.id) as string))

    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'POST', '/api/v3/orders/status', { orders: [] }), 400, 'IncorrectParameter')
    const tooMany = Array.from({ length: 1001 }, (_, k) => k + 1)
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'POST', '/api/v3/orders/status', { orders: tooMany }), 400, 'IncorrectParameter')
  })

  it('lists the new orders with the OrderNew fields', async () => {
    const { orders } = await get<{ orders: Order[] }>('/api/v3/orders/new')
    expect(orders.length).toBeGreaterThan(0)
    const { orders: statuses } = await post<{ orders: Array<{ supplierStatus: string }> }>('/api/v3/orders/status', { orders: orders.map((order) => order.id) })
    expect(statuses.every((status) => status.supplierStatus === 'new')).toBe(true)
    for (const order of orders) {
      expect(order.supplyId).toBeUndefined()
      expect(order).toMatchObject({
        salePrice: expect.any(Number), finalPrice: order.price, convertedFinalPrice: order.convertedPrice, requiredMeta: [],
        optionalMeta: expect.any(Array), isPickupPointShipmentAllowed: true, scanPrice: null
      })
      expect(order.salePrice as number).toBeGreaterThanOrEqual(order.convertedPrice as number)
    }
  })
})

describe('GET /api/v3/supplies', () => {
  it('pages with limit and next through the supplies, closed ones holding their delivered orders', async () => {
    const supplies: Supply[] = []
    let next = 0
    for (;;) {
      const page = await get<{ next: number; supplies: Supply[] }>(`/api/v3/supplies?limit=4&next=${next}`)
      if (page.supplies.length === 0) break
      supplies.push(...page.supplies)
      next = page.next
    }
    expect(new Set(supplies.map((supply) => supply.id)).size).toBe(supplies.length)
    expect(supplies.some((supply) => supply.done)).toBe(true)
    expect(supplies.some((supply) => !supply.done)).toBe(true)
    for (const supply of supplies) {
      expect(supply.id).toMatch(/^WB-GI-\d+$/)
      expect(Object.keys(supply).sort()).toEqual(['cargoType', 'closedAt', 'createdAt', 'crossBorderType', 'destinationOfficeId', 'done',
        'id', 'isB2b', 'isPickupPointShipmentAllowed', 'name', 'recommendedWhId', 'scanDt'])
      expect(supply.closedAt === null).toBe(!supply.done)
      expect(await get<Supply>(`/api/v3/supplies/${supply.id}`)).toEqual(supply)
    }
    const closed = supplies.find((supply) => supply.done)!
    const { orderIds } = await get<{ orderIds: number[] }>(`/api/marketplace/v3/supplies/${closed.id}/order-ids`)
    expect(orderIds.length).toBeGreaterThan(0)
    const { orders } = await post<{ orders: Array<{ supplierStatus: string }> }>('/api/v3/orders/status', { orders: orderIds })
    expect(orders.every((order) => order.supplierStatus === 'complete')).toBe(true)
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'GET', '/api/v3/supplies/WB-GI-1'), 404, 'NotFound')
    await expectMarketplaceError(await wbRequest(wb.url, wb.token, 'GET', '/api/v3/supplies?limit=5'), 400, 'IncorrectParameter')
  })
})
