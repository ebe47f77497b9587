import { afterEach, describe, expect, it } from 'vitest'
import { readCursor } from '../../db/queries/sync-runs'
import { startWbTestBench, type RecordedRequest, type WbTestBench } from '../../../test-support/wb-test-bench'
import { moscowDateTime } from './time'

const DAY_MS = 24 * 60 * 60 * 1000
const moscowNoOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/

interface FeedRow {
  srid: string
  saleID?: string
  lastChangeDate: string
  totalPrice: number
  finishedPrice: number
  priceWithDisc: number
  forPay?: number
}

const feedRequests = (bench: WbTestBench, path: string) => bench.requests.filter((r) => r.path === path)
const bodyOf = (r: RecordedRequest) => (r.outcome as { body: FeedRow[] }).body

describe('statistics feeds', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('orders: starts 90 days back in Moscow time, continues from the last row’s lastChangeDate, ends on an empty page', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 60, orderCount: 5200, saleCount: 100, statisticsPageSize: 1000 } })
    const started = bench.deps.now()
    expect((await bench.sync(['orders'])).get('orders')?.status).toBe('succeeded')
    const pages = feedRequests(bench, '/api/v1/supplier/orders')
    expect(pages.length).toBeGreaterThan(5)
    const first = pages[0]!.query as { dateFrom: string; flag: number }
    expect(first.flag).toBe(0)
    expect(first.dateFrom).toMatch(moscowNoOffset)
    expect(first.dateFrom).toBe(moscowDateTime(started - 90 * DAY_MS))
    pages.slice(1).forEach((page, i) => {
      expect((page.query as { dateFrom: string }).dateFrom).toBe(bodyOf(pages[i]!).at(-1)!.lastChangeDate)
    })
    expect(bodyOf(pages.at(-1)!)).toEqual([])

    const seen = new Set(pages.flatMap((p) => bodyOf(p).map((r) => r.srid)))
    expect(bench.count('orders')).toBe(seen.size)
    expect(bench.count('wb_order_details')).toBe(seen.size)
    expect(readCursor(bench.mirror.db, bench.account.id, 'orders')).toEqual({ dateFrom: bodyOf(pages.at(-2)!).at(-1)!.lastChangeDate })
  })

  it('orders and sales store money as exact kopecks, returns flagged by their R… saleID', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 60, orderCount: 1500, saleCount: 1200 } })
    await bench.sync(['orders', 'sales'])
    const orders = new Map(feedRequests(bench, '/api/v1/supplier/orders').flatMap(bodyOf).map((r) => [r.srid, r]))
    const mirroredOrders = bench.rows<{ external_id: string; price_kopecks: number; buyer_price_kopecks: number; seller_price_kopecks: number; currency: string }>(
      'SELECT external_id, price_kopecks, buyer_price_kopecks, seller_price_kopecks, currency FROM orders'
    )
    expect(mirroredOrders).toHaveLength(orders.size)
    for (const row of mirroredOrders) {
      const raw = orders.get(row.external_id)!
      expect(row.price_kopecks).toBe(Number((raw.totalPrice * 100).toFixed(0)))
      expect(row.buyer_price_kopecks).toBe(Number((raw.finishedPrice * 100).toFixed(0)))
      expect(row.seller_price_kopecks).toBe(Number((raw.priceWithDisc * 100).toFixed(0)))
      expect(row.currency).toBe('RUB')
    }
    const sales = new Map(feedRequests(bench, '/api/v1/supplier/sales').flatMap(bodyOf).map((r) => [r.saleID!, r]))
    const mirrored = bench.rows<{ external_id: string; order_external_id: string; kind: string; payout_kopecks: number }>(
      'SELECT external_id, order_external_id, kind, payout_kopecks FROM sales'
    )
    expect(mirrored).toHaveLength(sales.size)
    expect(mirrored.some((r) => r.kind === 'return')).toBe(true)
    expect(mirrored.some((r) => r.kind === 'sale')).toBe(true)
    for (const row of mirrored) {
      const raw = sales.get(row.external_id)!
      expect(row.kind).toBe(row.external_id.startsWith('R') ? 'return' : 'sale')
      expect(row.order_external_id).toBe(raw.srid)
      expect(row.payout_kopecks).toBe(Number((raw.forPay! * 100).toFixed(0)))
    }
  })

  it('sales: a re-sync asks from the stored lastChangeDate and changes nothing', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 60, orderCount: 1500, saleCount: 1200, statisticsPageSize: 500 } })
    await bench.sync(['sales'])
    const mirror = () => ({
      sales: bench.rows('SELECT * FROM sales ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null })),
      details: bench.rows('SELECT * FROM wb_sale_details ORDER BY external_id'),
      days: bench.rows('SELECT * FROM sale_day_totals ORDER BY local_day')
    })
    const before = mirror()
    expect(before.sales.length).toBeGreaterThan(0)
    expect(before.details).toHaveLength(before.sales.length)
    const cursor = readCursor(bench.mirror.db, bench.account.id, 'sales') as { dateFrom: string }
    bench.requests.length = 0
    expect((await bench.sync(['sales'])).get('sales')?.status).toBe('succeeded')
    expect((feedRequests(bench, '/api/v1/supplier/sales')[0]!.query as { dateFrom: string }).dateFrom).toBe(cursor.dateFrom)
    expect(mirror()).toEqual(before)
  })

  it('a basic token, which may ask once in hours, takes a page under the 80,000-row cap as the last', async () => {
    bench = await startWbTestBench({
      sandbox: { cardCount: 60, orderCount: 1500, saleCount: 100, statisticsPageSize: 500 },
      token: (sandbox) => sandbox.mintToken({ kind: 'basic' })
    })
    const run = (await bench.sync(['orders'])).get('orders')
    const pages = feedRequests(bench, '/api/v1/supplier/orders')
    expect(pages).toHaveLength(1)
    expect(bodyOf(pages[0]!).length).toBeLessThan(1500)
    expect(run).toMatchObject({ status: 'succeeded', rows: bodyOf(pages[0]!).length })
    expect(readCursor(bench.mirror.db, bench.account.id, 'orders')).toEqual({ dateFrom: bodyOf(pages[0]!).at(-1)!.lastChangeDate })
  })
})
