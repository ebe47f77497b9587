import { afterEach, describe, expect, it } from 'vitest'
import { foldText } from '../../db/search'
import { startWbTestBench, type RecordedRequest, type WbTestBench } from '../../../test-support/wb-test-bench'

const DAY_S = 24 * 60 * 60
const finalWbStatuses = ['sold', 'canceled', 'canceled_by_client', 'declined_by_client', 'defect', 'canceled_by_carrier']

interface OrderJson {
  id: number
  article: string
  skus: string[]
  nmId: number
  price: number
  convertedPrice: number
  createdAt: string
}

describe('FBS orders sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  const windows = (requests: RecordedRequest[]) =>
    requests.filter((r) => r.path === '/api/v3/orders').map((r) => r.query as { limit: number; next: number; dateFrom: number; dateTo: number })

  it('walks the last 90 days in windows of at most 30 days, in Unix seconds, paging by next', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 50, fbsOrderCount: 3600 } })
    const startedS = Math.floor(bench.deps.now() / 1000)
    expect((await bench.sync(['fbs_orders'])).get('fbs_orders')?.status).toBe('succeeded')
    const asked = windows(bench.requests)
    const firstWindows = asked.filter((w) => w.next === 0)
    expect(firstWindows[0]!.dateFrom).toBe(startedS - 90 * DAY_S)
    for (const w of asked) {
      expect(Number.isInteger(w.dateFrom) && Number.isInteger(w.dateTo)).toBe(true)
      expect(w.dateTo - w.dateFrom).toBeLessThanOrEqual(30 * DAY_S)
      expect(w.limit).toBe(1000)
    }
    firstWindows.slice(1).forEach((w, i) => expect(w.dateFrom).toBe(firstWindows[i]!.dateTo + 1))
    // 3600 orders over 90 days put more than 1000 in a 30-day window: it takes a second page from `next`.
    expect(asked.some((w) => w.next > 0)).toBe(true)

    const listed = bench.requests
      .filter((r) => r.path === '/api/v3/orders' || r.path === '/api/v3/orders/new')
      .flatMap((r) => (r.outcome as { body: { orders: OrderJson[] } }).body.orders)
    const byId = new Map(listed.map((o) => [o.id, o]))
    expect(bench.count('wb_fbs_orders')).toBe(byId.size)
    expect(byId.size).toBeGreaterThan(3500)

    const rows = bench.rows<{ order_id: number; price_kopecks: number; converted_price_kopecks: number; search_text: string; created_at: string }>(
      'SELECT order_id, price_kopecks, converted_price_kopecks, search_text, created_at FROM wb_fbs_orders'
    )
    for (const row of rows) {
      const order = byId.get(row.order_id)!
      // WB's FBS prices are already kopecks ("умноженная на 100").
      expect(row.price_kopecks).toBe(order.price)
      expect(row.converted_price_kopecks).toBe(order.convertedPrice)
      expect(row.created_at).toBe(new Date(order.createdAt).toISOString())
      expect(row.search_text).toBe(foldText([order.article, ...order.skus, String(order.nmId), String(order.id)].join(' ')))
    }
  })

  it('asks the status of every order that can still change, 1000 at a time, and records it', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 50, fbsOrderCount: 2600 } })
    await bench.sync(['fbs_orders'])
    const statusRequests = bench.requests.filter((r) => r.path === '/api/v3/orders/status')
    const asked = statusRequests.flatMap((r) => (r.json as { orders: number[] }).orders)
    expect(statusRequests.every((r) => (r.json as { orders: number[] }).orders.length <= 1000)).toBe(true)
    expect(new Set(asked).size).toBe(asked.length)
    expect(asked.length).toBe(bench.count('wb_fbs_orders'))

    const answered = statusRequests.flatMap((r) => (r.outcome as { body: { orders: Array<{ id: number; supplierStatus: string; wbStatus: string }> } }).body.orders)
    const mirrored = new Map(
      bench.rows<{ order_id: number; supplier_status: string; wb_status: string }>('SELECT order_id, supplier_status, wb_status FROM wb_fbs_orders').map((r) => [r.order_id, r])
    )
    for (const s of answered) expect(mirrored.get(s.id)).toMatchObject({ supplier_status: s.supplierStatus, wb_status: s.wbStatus })

    // The next sync asks only about orders whose status can still change.
    bench.requests.length = 0
    await bench.sync(['fbs_orders'])
    const open = bench.rows<{ order_id: number }>(
      `SELECT order_id FROM wb_fbs_orders WHERE supplier_status NOT IN ('cancel', 'cancel_carrier')
       AND wb_status NOT IN (${finalWbStatuses.map((s) => `'${s}'`).join(', ')}) ORDER BY order_id`
    )
    const askedAgain = bench.requests.filter((r) => r.path === '/api/v3/orders/status').flatMap((r) => (r.json as { orders: number[] }).orders)
    expect(askedAgain).toEqual(open.map((r) => r.order_id))
    expect(askedAgain.length).toBeLessThan(asked.length)
  })

  it('later syncs start 30 days back, pick up new orders and change nothing that did not change', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 50, fbsOrderCount: 800 } })
    await bench.sync(['fbs_orders'])
    const before = bench.rows('SELECT * FROM wb_fbs_orders ORDER BY order_id').map((r) => ({ ...(r as object), synced_at: null }))
    bench.requests.length = 0
    const startedS = Math.floor(bench.deps.now() / 1000)
    await bench.sync(['fbs_orders'])
    const [first] = windows(bench.requests)
    expect(first!.dateFrom).toBe(startedS - 30 * DAY_S)
    expect(bench.rows('SELECT * FROM wb_fbs_orders ORDER BY order_id').map((r) => ({ ...(r as object), synced_at: null }))).toEqual(before)

    const added = bench.sandbox.addNewOrders(3)
    await bench.sync(['fbs_orders'])
    const fresh = bench.rows<{ order_id: number; supplier_status: string }>(
      `SELECT order_id, supplier_status FROM wb_fbs_orders WHERE order_id IN (${added.join(', ')})`
    )
    expect(fresh.map((r) => r.supplier_status)).toEqual(['new', 'new', 'new'])
  })
})
