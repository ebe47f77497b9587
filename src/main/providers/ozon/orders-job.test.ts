import { afterEach, describe, expect, it } from 'vitest'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { filterInstant } from './time'

const DAY = 24 * 60 * 60 * 1000
const fbsPath = '/v4/posting/fbs/list'
const fboPath = '/v3/posting/fbo/list'

interface SentFilter {
  filter: { since: string; to: string; last_changed_status_date?: { from: string; to: string } }
  cursor: string
  limit: number
  with: Record<string, boolean>
}
interface SentPosting {
  posting_number: string
  products: Array<{ sku: number; quantity: number }>
}

describe('Ozon orders sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const calls = (path: string) =>
    bench.requests
      .filter((r) => r.path === path && 'body' in r.outcome)
      .map((r) => ({ sent: r.json as SentFilter, got: (r.outcome as { body: { postings: SentPosting[]; cursor: string; has_next: boolean } }).body }))
  const lineIds = (path: string) => calls(path).flatMap((c) => c.got.postings.flatMap((p) => p.products.map((line) => `${p.posting_number}:${line.sku}`)))
  const orders = () => bench.rows('SELECT * FROM orders ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))

  it('reads a year of FBS and FBO postings to the end, 100 a page with Ozon’s cursor, one order row per line', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 900 }, now })
    const runs = await bench.sync(['products', 'orders'])
    expect(runs.get('orders')?.status).toBe('succeeded')
    for (const path of [fbsPath, fboPath]) {
      const pages = calls(path)
      expect(pages.length).toBeGreaterThan(1)
      pages.forEach((page, i) => {
        expect(page.sent.filter).toEqual({ since: filterInstant(now - 365 * DAY), to: filterInstant(now) })
        expect(page.sent).toMatchObject({ limit: 100, with: { analytics_data: true, financial_data: true } })
        expect(page.sent.cursor).toBe(i === 0 ? '' : pages[i - 1]!.got.cursor)
      })
      expect(pages.at(-1)!.got.has_next).toBe(false)
    }
    const sentLines = [...lineIds(fbsPath), ...lineIds(fboPath)]
    expect(new Set(sentLines).size).toBe(sentLines.length)
    expect(bench.rows<{ external_id: string }>('SELECT external_id FROM orders ORDER BY external_id').map((r) => r.external_id)).toEqual([...sentLines].sort())
    expect(bench.count('ozon_order_details')).toBe(sentLines.length)
    expect(bench.rows("SELECT fulfilment, count(*) > 0 AS some FROM orders GROUP BY fulfilment")).toEqual([
      { fulfilment: 'marketplace', some: 1 },
      { fulfilment: 'seller', some: 1 }
    ])
    // Every line names the product of its offer, the catalogue having synced first.
    expect(bench.rows("SELECT count(*) AS n FROM orders WHERE product_external_id = ''")).toEqual([{ n: 0 }])
  })

  it('resumes a stopped run on the page it stopped at, with the same periods', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 900 }, now })
    await bench.sync(['products'])
    await bench.interruptedSync(['orders'], 2)
    const cursor = JSON.parse(bench.rows<{ cursor_json: string }>("SELECT cursor_json FROM sync_cursors WHERE resource = 'orders'")[0]!.cursor_json) as {
      stage: string
      pass: number
      cursor: string
    }
    expect(cursor.stage).toBe('running')
    expect(cursor.cursor).not.toBe('')
    bench.setNow(now + DAY)
    bench.requests.length = 0
    expect((await bench.sync(['orders'])).get('orders')?.status).toBe('succeeded')
    const first = bench.requests.find((r) => r.path === fbsPath || r.path === fboPath)!.json as SentFilter
    expect(first.cursor).toBe(cursor.cursor)
    // The periods were planned when the run began, so the resumed run ends where the first one would have.
    expect(first.filter.to).toBe(filterInstant(now))

    const reference = await startOzonTestBench({ sharedSandbox: bench.sandbox, now })
    try {
      await reference.sync(['products', 'orders'])
      const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), account_id: null, synced_at: null }))
      expect(strip(bench.rows('SELECT * FROM orders ORDER BY external_id'))).toEqual(strip(reference.rows('SELECT * FROM orders ORDER BY external_id')))
    } finally {
      await reference.close()
    }
  })

  it('later reads FBS postings started or changed since the last run and the last 30 days of FBO, and a re-sync changes nothing', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 400 }, now })
    await bench.sync(['products', 'orders'])
    const first = orders()
    bench.requests.length = 0
    await bench.sync(['orders'])
    expect(orders()).toEqual(first)
    const since = filterInstant(now - DAY)
    expect(calls(fbsPath).map((c) => c.sent.filter)).toEqual([
      { since, to: filterInstant(now) },
      { since: filterInstant(now - 365 * DAY), to: filterInstant(now), last_changed_status_date: { from: since, to: filterInstant(now) } }
    ])
    expect(calls(fboPath).map((c) => c.sent.filter)).toEqual([{ since: filterInstant(now - 30 * DAY), to: filterInstant(now) }])

    const added = bench.sandbox.addNewPostings(3)
    bench.setNow(Date.now() + 1000)
    await bench.sync(['orders'])
    const postingNumbers = bench.rows<{ order_number: string; status: string }>("SELECT DISTINCT order_number, status FROM orders WHERE order_number IN (?, ?, ?)", ...added)
    expect(postingNumbers.map((r) => r.order_number).sort()).toEqual([...added].sort())
    expect(postingNumbers.every((r) => r.status === 'placed')).toBe(true)
  })
})
