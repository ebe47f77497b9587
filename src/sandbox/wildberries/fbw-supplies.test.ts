import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { manualClock, wbJson, wbRequest } from './test-helpers'

interface SupplyItem {
  supplyID: number | null
  preorderID: number
  statusID: number
  boxTypeID: number
  createDate: string
  supplyDate: string | null
  factDate: string | null
  [key: string]: unknown
}

const clock = manualClock()
let wb: WbSandbox

beforeAll(async () => {
  wb = await startWbSandbox({ rateLimits: false, cardCount: 300, now: clock.now })
})
afterAll(() => wb.close())

const moscowWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/
const list = (body: unknown, query = '') => wbJson<SupplyItem[]>(wb.url, wb.token, 'POST', `/api/v1/supplies${query}`, body)

async function expectSupplyError(response: Response, status: number, detail: RegExp, contentType = /^application\/json/): Promise<void> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(contentType)
  const error = JSON.parse(await response.text()) as Record<string, unknown>
  expect(Object.keys(error).sort()).toEqual(['detail', 'origin', 'requestId', 'status', 'title'])
  expect(error).toMatchObject({ status, origin: 'supply-api', title: status === 400 ? 'bad request' : 'not found' })
  expect(error.detail).toMatch(detail)
}

describe('GET /api/v1/warehouses', () => {
  it('lists WB warehouses with real names', async () => {
    const warehouses = await wbJson<Array<Record<string, unknown>>>(wb.url, wb.token, 'GET', '/api/v1/warehouses')
    expect(warehouses.length).toBeGreaterThanOrEqual(15)
    for (const warehouse of warehouses) {
      expect(Object.keys(warehouse).sort()).toEqual(['ID', 'address', 'isActive', 'isTransitActive', 'name', 'workTime'])
    }
    expect(warehouses.map((warehouse) => warehouse.name)).toEqual(expect.arrayContaining(['Коледино', 'Электросталь', 'Казань', 'Санкт-Петербург Уткина Заводь']))
  })
})

describe('POST /api/v1/supplies', () => {
  it('lists about twenty supplies newest first, unplanned preorders without a supplyID', async () => {
    const supplies = await list({})
    expect(supplies).toHaveLength(20)
    expect(supplies.every((supply, k) => k === 0 || supply.createDate <= supplies[k - 1]!.createDate)).toBe(true)
    for (const supply of supplies) {
      expect(supply.createDate).toMatch(moscowWithOffset)
      for (const key of ['supplyDate', 'factDate', 'updatedDate'] as const) expect(supply[key] === null || moscowWithOffset.test(supply[key] as string)).toBe(true)
      expect(supply.supplyID === null).toBe(supply.statusID === 1)
      expect(supply.supplyDate === null).toBe(supply.statusID === 1)
      expect(supply.factDate !== null).toBe(supply.statusID >= 4)
      expect('isBoxOnPallet' in supply).toBe(supply.boxTypeID === 2)
      expect(typeof supply.phone).toBe('string')
    }
    expect(new Set(supplies.map((supply) => supply.statusID))).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    expect(supplies.some((supply) => supply.boxTypeID === 0 && supply.preorderID === 0)).toBe(true)
  })

  it('filters by status and dates and pages with limit and offset', async () => {
    const all = await list({})
    expect((await list({ statusIDs: [5, 6] })).map((supply) => supply.statusID).every((status) => status >= 5)).toBe(true)
    const pivot = all[10]!
    const day = pivot.createDate.slice(0, 10)
    const onDay = await list({ dates: [{ from: day, till: day, type: 'createDate' }] })
    expect(onDay.map((supply) => supply.preorderID)).toEqual(all.filter((supply) => supply.createDate.startsWith(day)).map((supply) => supply.preorderID))
    const withFact = await list({ dates: [{ type: 'factDate' }] })
    expect(withFact.every((supply) => supply.factDate !== null)).toBe(true)
    expect(await list({}, '?limit=5&offset=5')).toEqual(all.slice(5, 10))
  })

  it('answers 400 ErrorModel for what the spec refuses', async () => {
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies', { dates: [{ type: 'shipDate' }] }), 400, /'Type'/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies', { dates: [{ type: 'createDate', from: '11-03-2019' }] }), 400, /ISO Date/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies', { statusIDs: [1, 9] }), 400, /StatusIDs\[1\]/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies?limit=1001', {}), 400, /limit/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies?offset=-1', {}), 400, /offset/)
  })
})

describe('GET /api/v1/supplies/{ID} and /goods', () => {
  it('details a supply by supplyID or preorderID, with quantities that add up its goods', async () => {
    const supplies = await list({})
    const accepted = supplies.find((supply) => supply.statusID === 5 && supply.boxTypeID !== 0)!
    const details = await wbJson<Record<string, unknown>>(wb.url, wb.token, 'GET', `/api/v1/supplies/${accepted.supplyID}`)
    expect(details).toMatchObject({
      statusID: 5, createDate: accepted.createDate, warehouseID: expect.any(Number), warehouseName: expect.any(String),
      actualWarehouseID: details.warehouseID, transitWarehouseID: null, rejectReason: null
    })
    const goods = await wbJson<Array<Record<string, number>>>(wb.url, wb.token, 'GET', `/api/v1/supplies/${accepted.supplyID}/goods?limit=1000`)
    expect(goods.length).toBeGreaterThan(0)
    for (const key of ['quantity', 'acceptedQuantity', 'readyForSaleQuantity', 'unloadingQuantity']) {
      expect(details[key], key).toBe(goods.reduce((sum, line) => sum + line[key]!, 0))
    }
    for (const line of goods) {
      expect(Object.keys(line).sort()).toEqual(['acceptedQuantity', 'barcode', 'color', 'needKiz', 'nmID', 'quantity', 'readyForSaleQuantity',
        'supplierBoxAmount', 'techSize', 'tnved', 'unloadingQuantity', 'vendorCode'])
    }
    expect(await wbJson(wb.url, wb.token, 'GET', `/api/v1/supplies/${accepted.supplyID}/goods?limit=2&offset=1`)).toEqual(goods.slice(1, 3))

    const unplanned = supplies.find((supply) => supply.statusID === 1)!
    expect(await wbJson(wb.url, wb.token, 'GET', `/api/v1/supplies/${unplanned.preorderID}?isPreorderID=true`)).toMatchObject({ statusID: 1, factDate: null })
    const goodsOfPreorder = await wbJson<Array<{ acceptedQuantity: number | null }>>(wb.url, wb.token, 'GET', `/api/v1/supplies/${unplanned.preorderID}/goods?isPreorderID=true`)
    expect(goodsOfPreorder.every((line) => line.acceptedQuantity === null)).toBe(true)
  })

  it('answers 400 and 404 as the spec examples do', async () => {
    const supplies = await list({})
    const planned = supplies.find((supply) => supply.statusID === 2)!
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', `/api/v1/supplies/${planned.preorderID}?isPreorderID=true`), 400, /найдена поставка/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', '/api/v1/supplies/1234'), 404, /поставка 1234 не найдена/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', '/api/v1/supplies/abc'), 400, /int64/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', '/api/v1/supplies/99999999999999999999'), 400, /за рамки int64/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', `/api/v1/supplies/${planned.supplyID}?isPreorderID=maybe`), 400, /isPreorderID/)
    await expectSupplyError(await wbRequest(wb.url, wb.token, 'GET', '/api/v1/supplies/1234/goods'), 400, /Поставка не найдена/, /^text\/plain/)
  })
})
