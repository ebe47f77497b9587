import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { manualClock, wbJson, wbRequest } from './test-helpers'

interface StockRow {
  nmId: number
  chrtId: number
  warehouseId: number
  warehouseName: string
  regionName: string
  quantity: number
  inWayToClient: number
  inWayFromClient: number
}

const path = '/api/analytics/v1/stocks-report/wb-warehouses'
let wb: WbSandbox

beforeAll(async () => {
  wb = await startWbSandbox({ rateLimits: false, cardCount: 120, now: manualClock().now })
})
afterAll(() => wb.close())

const report = async (body: unknown) => (await wbJson<{ data: { items: StockRow[] } }>(wb.url, wb.token, 'POST', path, body)).data.items

describe('POST /api/analytics/v1/stocks-report/wb-warehouses', () => {
  it('answers {data: {items}} with one row per size and WB warehouse, some sold out', async () => {
    const items = await report({})
    expect(items).toHaveLength(120 * 4)
    for (const row of items) {
      expect(Object.keys(row).sort()).toEqual(['chrtId', 'inWayFromClient', 'inWayToClient', 'nmId', 'quantity', 'regionName', 'warehouseId', 'warehouseName'])
      for (const key of ['nmId', 'chrtId', 'warehouseId', 'quantity', 'inWayToClient', 'inWayFromClient'] as const) {
        expect(Number.isInteger(row[key]) && row[key] >= 0, key).toBe(true)
      }
    }
    const pairs = new Set(items.map((row) => `${row.chrtId}/${row.warehouseId}`))
    expect(pairs.size).toBe(items.length)
    expect(items.some((row) => row.quantity === 0)).toBe(true)
    expect(new Set(items.map((row) => row.warehouseName)).size).toBeGreaterThan(10)
  })

  it('pages by offset and limit and filters by nmIds, then chrtIds among them', async () => {
    const items = await report({})
    expect(await report({ limit: 7, offset: 100 })).toEqual(items.slice(100, 107))
    expect(await report({ offset: 10_000 })).toEqual([])
    const [first, second] = [items[0]!, items[40]!]
    const byCards = await report({ nmIds: [second.nmId, first.nmId, 1] })
    expect(byCards).toEqual(items.filter((row) => row.nmId === first.nmId || row.nmId === second.nmId))
    expect(await report({ nmIds: [first.nmId], chrtIds: [first.chrtId] })).toEqual(items.filter((row) => row.nmId === first.nmId && row.chrtId === first.chrtId))
    expect(await report({ chrtIds: [first.chrtId], limit: 3 })).toEqual(items.slice(0, 3))
  })

  it('answers 400 ErrorObject400 for what the spec refuses', async () => {
    const refused = [{ limit: 250_001 }, { offset: -1 }, { nmIds: Array.from({ length: 1001 }, (_, k) => k) }, { nmIds: 'all' }, '[]', 'not json']
    for (const body of refused) {
      const response = await wbRequest(wb.url, wb.token, 'POST', path, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      const error = (await response.json()) as Record<string, unknown>
      expect(Object.keys(error).sort()).toEqual(['detail', 'origin', 'requestId', 'title'])
      expect(error.origin).toBe('analytics-open-api')
    }
  })
})
