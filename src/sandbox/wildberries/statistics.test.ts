import { afterEach, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox, type WbSandboxOptions } from './index'
import { formatMoscow } from './moscow-time'
import { hasAtMostTwoDecimals, manualClock, wbJson, wbRequest } from './test-helpers'

type Row = Record<string, unknown> & { lastChangeDate: string; date: string; srid: string }

const running: WbSandbox[] = []
const clock = manualClock()

async function sandbox(options: WbSandboxOptions = {}): Promise<WbSandbox> {
  const started = await startWbSandbox({ rateLimits: false, cardCount: 300, now: clock.now, ...options })
  running.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

const feedPath = (feed: 'orders' | 'sales', dateFrom: string, extra = '') =>
  `/api/v1/supplier/${feed}?dateFrom=${encodeURIComponent(dateFrom)}${extra}`
const page = (wb: WbSandbox, feed: 'orders' | 'sales', dateFrom: string, extra = '') =>
  wbJson<Row[]>(wb.url, wb.token, 'GET', feedPath(feed, dateFrom, extra))

const moscowDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/
const commonKeys = ['barcode', 'brand', 'category', 'countryName', 'date', 'discountPercent', 'finishedPrice', 'gNumber', 'incomeID',
  'isRealization', 'isSupply', 'lastChangeDate', 'nmId', 'oblastOkrugName', 'priceWithDisc', 'regionName', 'srid', 'spp', 'sticker',
  'subject', 'supplierArticle', 'techSize', 'totalPrice', 'warehouseName', 'warehouseType']
const orderKeys = [...commonKeys, 'cancelDate', 'isCancel'].sort()
const saleKeys = [...commonKeys, 'forPay', 'paymentSaleAmount', 'saleID'].sort()

function expectCommonRow(row: Row): void {
  expect(row.date).toMatch(moscowDateTime)
  expect(row.lastChangeDate).toMatch(moscowDateTime)
  expect(row.date <= row.lastChangeDate).toBe(true)
  expect(['Склад WB', 'Склад продавца']).toContain(row.warehouseType)
  for (const key of ['warehouseName', 'countryName', 'oblastOkrugName', 'regionName', 'supplierArticle', 'barcode', 'category', 'subject',
    'brand', 'techSize', 'sticker', 'gNumber', 'srid']) expect(typeof row[key], key).toBe('string')
  for (const key of ['nmId', 'incomeID', 'discountPercent']) expect(Number.isInteger(row[key]), key).toBe(true)
  for (const key of ['totalPrice', 'spp', 'finishedPrice', 'priceWithDisc']) {
    expect(typeof row[key], key).toBe('number')
    expect(hasAtMostTwoDecimals(row[key] as number), `${key} ${String(row[key])}`).toBe(true)
  }
  expect(row.isSupply).toBe(false)
  expect(row.isRealization).toBe(true)
  expect(row.gNumber).toMatch(/^\d{20}$/)
}

const isOrdered = (rows: Row[]) => rows.every((row, k) => k === 0 || rows[k - 1]!.lastChangeDate <= row.lastChangeDate)

describe('GET /api/v1/supplier/orders', () => {
  it('answers the OrdersItem fields of the spec, in lastChangeDate order, about 5% cancelled', async () => {
    const wb = await sandbox()
    const rows = await page(wb, 'orders', '2020-01-01')
    expect(rows).toHaveLength(3000)
    expect(isOrdered(rows)).toBe(true)
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(orderKeys)
      expectCommonRow(row)
      expect(typeof row.isCancel).toBe('boolean')
      expect(row.cancelDate).toBe(row.isCancel ? row.lastChangeDate : '0001-01-01T00:00:00')
      expect(row.totalPrice as number).toBeGreaterThan(0)
      expect(row.finishedPrice as number).toBeLessThanOrEqual(row.priceWithDisc as number)
    }
    const cancelled = rows.filter((row) => row.isCancel).length / rows.length
    expect(cancelled).toBeGreaterThan(0.02)
    expect(cancelled).toBeLessThan(0.1)
    expect(new Set(rows.map((row) => row.srid)).size).toBe(rows.length)
    expect(rows.some((row) => row.warehouseType === 'Склад продавца')).toBe(true)
    const newest = Date.parse(`${rows.at(-1)!.lastChangeDate}+03:00`)
    expect(newest).toBeLessThanOrEqual(clock.now())
    expect(Date.parse(`${rows[0]!.lastChangeDate}+03:00`)).toBeGreaterThan(clock.now() - 91 * 86_400_000)
  })

  it('pages by dateFrom: asking again from the last lastChangeDate sees every row, ties at page ends included, then []', async () => {
    const wb = await sandbox({ orderCount: 500, saleCount: 400, statisticsPageSize: 7 })
    const full = await sandbox({ orderCount: 500, saleCount: 400 })
    const all = await page(full, 'orders', '2020-01-01')
    expect(all).toHaveLength(500)
    const ties = all.filter((row, k) => k > 0 && all[k - 1]!.lastChangeDate === row.lastChangeDate).length
    expect(ties).toBeGreaterThan(20)

    const seen = new Map<string, number>()
    const pageLengths: number[] = []
    let dateFrom = '2020-01-01'
    for (let request = 0; request < 1000; request++) {
      const rows = await page(wb, 'orders', dateFrom)
      if (rows.length === 0) break
      expect(isOrdered(rows)).toBe(true)
      expect(rows[0]!.lastChangeDate >= dateFrom).toBe(true)
      pageLengths.push(rows.length)
      for (const row of rows) seen.set(row.srid, (seen.get(row.srid) ?? 0) + 1)
      dateFrom = rows.at(-1)!.lastChangeDate
    }
    expect(await page(wb, 'orders', dateFrom)).toEqual([])
    expect([...seen.keys()].sort()).toEqual(all.map((row) => row.srid).sort())
    expect([...seen.values()].some((times) => times > 1)).toBe(true)
    expect(pageLengths.some((length) => length > 7)).toBe(true)
  })

  it('reads dateFrom as Moscow time, as a date, a date-time or a date-time with fractions or its own offset', async () => {
    const wb = await sandbox()
    const all = await page(wb, 'orders', '2020-01-01')
    const pivot = all[1234]!
    const [day, time] = pivot.lastChangeDate.split('T') as [string, string]
    const fromPivot = await page(wb, 'orders', pivot.lastChangeDate)
    expect(fromPivot[0]!.lastChangeDate).toBe(pivot.lastChangeDate)
    expect(fromPivot.length).toBe(all.filter((row) => row.lastChangeDate >= pivot.lastChangeDate).length)

    const justAfter = await page(wb, 'orders', `${pivot.lastChangeDate}.12345`)
    expect(justAfter[0]!.lastChangeDate > pivot.lastChangeDate).toBe(true)
    const pivotUtc = new Date(Date.parse(`${pivot.lastChangeDate}+03:00`)).toISOString().replace('.000Z', 'Z')
    expect((await page(wb, 'orders', pivotUtc))[0]!.lastChangeDate).toBe(pivot.lastChangeDate)
    expect((await page(wb, 'orders', `${day}T${time}+03:00`))[0]!.lastChangeDate).toBe(pivot.lastChangeDate)
    expect((await page(wb, 'orders', `${day}T${time.slice(0, 5)}`))[0]!.lastChangeDate >= `${day}T${time.slice(0, 5)}:00`).toBe(true)

    const fromDay = await page(wb, 'orders', day)
    expect(fromDay[0]!.lastChangeDate >= `${day}T00:00:00`).toBe(true)
    expect(fromDay.length).toBe(all.filter((row) => row.lastChangeDate >= `${day}T00:00:00`).length)
  })

  it('returns the whole day by order date with flag=1', async () => {
    const wb = await sandbox()
    const all = await page(wb, 'orders', '2020-01-01')
    const day = all[1500]!.date.slice(0, 10)
    const rows = await page(wb, 'orders', `${day}T17:45:00`, '&flag=1')
    expect(rows.map((row) => row.srid).sort()).toEqual(all.filter((row) => row.date.startsWith(day)).map((row) => row.srid).sort())
  })

  it('answers 400 with the statistics error shapes', async () => {
    const wb = await sandbox()
    const cases: Array<[string, unknown]> = [
      ['/api/v1/supplier/orders', { errors: ['dateFrom: field required'] }],
      ['/api/v1/supplier/orders?dateFrom=', { errors: ['dateFrom: field required'] }],
      ['/api/v1/supplier/sales?dateFrom=yesterday', { errors: 'dateFrom: Value not validated' }],
      ['/api/v1/supplier/orders?dateFrom=2026-13-01', { errors: 'dateFrom: Value not validated' }],
      ['/api/v1/supplier/orders?dateFrom=1732000000', { errors: 'dateFrom: Value not validated' }],
      ['/api/v1/supplier/orders?dateFrom=2026-01-01&flag=yes', { errors: 'flag: Value not validated' }]
    ]
    for (const [path, body] of cases) {
      const response = await wbRequest(wb.url, wb.token, 'GET', path)
      expect(response.status, path).toBe(400)
      expect(await response.json()).toEqual(body)
    }
  })

  it('serves pages of a million-row feed without building the feed', async () => {
    const millionRows = { orderCount: 1_000_000, saleCount: 900_000, cardCount: 100_000 }
    // Memory, not time, tells: two million rows built would take gigabytes of heap.
    const heapBefore = process.memoryUsage().heapUsed
    const small = await sandbox({ ...millionRows, statisticsPageSize: 1000 })
    for (const daysAgo of [45, 1]) {
      const dateFrom = formatMoscow(clock.now() - daysAgo * 86_400_000)
      const rows = await page(small, 'orders', dateFrom)
      expect(rows.length).toBeGreaterThanOrEqual(1000)
      expect(rows[0]!.lastChangeDate >= dateFrom).toBe(true)
      expect((await page(small, 'sales', dateFrom)).length).toBeGreaterThanOrEqual(1000)
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024)

    const full = await sandbox(millionRows)
    const middle = formatMoscow(clock.now() - 45 * 86_400_000)
    const rows = await page(full, 'orders', middle)
    expect(rows.length).toBeGreaterThanOrEqual(80_000)
    expect(rows.length).toBeLessThan(80_010)
    expect(rows[0]!.lastChangeDate >= middle).toBe(true)
    expect(isOrdered(rows)).toBe(true)
  })
})

describe('GET /api/v1/supplier/sales', () => {
  it('answers the SalesItem fields: sales "S…" and about 4% returns "R…" with negated money', async () => {
    const wb = await sandbox()
    const rows = await page(wb, 'sales', '2020-01-01')
    expect(rows).toHaveLength(2500)
    expect(isOrdered(rows)).toBe(true)
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(saleKeys)
      expectCommonRow(row)
      expect(row.saleID).toMatch(/^[SR]\d{10}$/)
      expect(Number.isInteger(row.paymentSaleAmount)).toBe(true)
      expect(hasAtMostTwoDecimals(row.forPay as number)).toBe(true)
      const sign = (row.saleID as string).startsWith('R') ? -1 : 1
      for (const key of ['totalPrice', 'forPay', 'finishedPrice', 'priceWithDisc']) expect(Math.sign(row[key] as number), key).toBe(sign)
      expect(Math.abs(row.forPay as number)).toBeLessThan(Math.abs(row.priceWithDisc as number))
    }
    const returns = rows.filter((row) => (row.saleID as string).startsWith('R'))
    expect(returns.length / rows.length).toBeGreaterThan(0.02)
    expect(returns.length / rows.length).toBeLessThan(0.07)
    const sales = new Map(rows.filter((row) => (row.saleID as string).startsWith('S')).map((row) => [row.srid, row]))
    for (const returned of returns) {
      const sold = sales.get(returned.srid)
      expect(sold, returned.srid).toBeDefined()
      expect(sold!.lastChangeDate <= returned.lastChangeDate).toBe(true)
    }
  })
})
