import { afterEach, describe, expect, it } from 'vitest'
import { bareJobContext } from '../../../test-support/bare-job-context'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { salesJob } from './sales-job'

const DAY = 24 * 60 * 60 * 1000
const path = '/v3/finance/transaction/list'

interface SentRequest {
  filter: { date: { from: string; to: string } }
  page: number
  page_size: number
}
interface SentOperation {
  operation_id: number
  operation_type: string
  posting: { posting_number: string }
  items: Array<{ sku: number }>
}
interface SentPage {
  result: { operations: SentOperation[]; page_count: number }
}

describe('Ozon sales sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const calls = () =>
    bench.requests
      .filter((r) => r.path === path && 'body' in r.outcome)
      .map((r) => ({ sent: r.json as SentRequest, got: (r.outcome as { body: SentPage }).body }))
  /** The mirror's sales of a bench, without what differs between two cabinets or two runs. */
  const mirrorOf = (b: OzonTestBench) =>
    [
      b.rows('SELECT * FROM sales ORDER BY external_id'),
      b.rows('SELECT * FROM ozon_sale_details ORDER BY external_id'),
      b.rows('SELECT * FROM sale_day_totals ORDER BY local_day')
    ].map((rows) => rows.map((r) => ({ ...(r as object), account_id: null, synced_at: null })))

  it('walks back over 90 days in windows of 28 days, page by page in order', async () => {
    const now = Date.now()
    // Enough deliveries that a 28-day window takes more than one page of 1000.
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 6000 }, now })
    const runs = await bench.sync(['products', 'orders', 'sales'])
    expect(runs.get('sales')?.status).toBe('succeeded')
    const pages = calls()
    const windows = [...new Map(pages.map((p) => [p.sent.filter.date.to, p.sent.filter.date])).values()]
    expect(windows).toEqual([0, 1, 2, 3].map((k) => ({
      from: new Date(Math.max(now - 90 * DAY, now - (k + 1) * 28 * DAY)).toISOString(),
      to: new Date(now - k * 28 * DAY).toISOString()
    })))
    for (const window of windows) {
      const inWindow = pages.filter((p) => p.sent.filter.date.to === window.to)
      expect(inWindow.map((p) => p.sent.page)).toEqual(inWindow.map((_, k) => k + 1))
      expect(inWindow.length).toBe(Math.max(1, inWindow[0]!.got.result.page_count))
    }
    expect(pages.some((p) => p.got.result.page_count > 1)).toBe(true)
    expect(pages.every((p) => p.sent.page_size === 1000)).toBe(true)
  })

  it('writes sales and returns linked to their order lines and products, and every operation’s charges', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 1500 } })
    await bench.sync(['products', 'orders', 'sales'])
    const operations = calls().flatMap((p) => p.got.result.operations)
    expect(bench.count('ozon_sale_details')).toBe(new Set(operations.map((op) => op.operation_id)).size)
    const expected = operations.flatMap((op) => {
      const kind = { OperationAgentDeliveredToCustomer: 'sale', ClientReturnAgentOperation: 'return' }[op.operation_type]
      if (!kind) return []
      const skus = [...new Set(op.items.map((item) => item.sku))]
      return skus.map((sku) => ({
        external_id: skus.length > 1 ? `${op.operation_id}:${sku}` : String(op.operation_id),
        kind,
        order_external_id: `${op.posting.posting_number}:${sku}`
      }))
    })
    expect(expected.some((row) => row.kind === 'return')).toBe(true)
    expect(bench.rows('SELECT external_id, kind, order_external_id FROM sales ORDER BY external_id')).toEqual(
      expected.sort((a, b) => (a.external_id < b.external_id ? -1 : 1))
    )
    // Every sale names a mirrored order line, and through it a product.
    expect(bench.rows("SELECT count(*) AS n FROM sales s LEFT JOIN orders o ON o.account_id = s.account_id AND o.external_id = s.order_external_id WHERE o.external_id IS NULL OR s.product_external_id = ''")).toEqual([{ n: 0 }])
    expect(bench.rows("SELECT count(*) AS n FROM sales WHERE (kind = 'sale') <> (payout_kopecks > 0)")).toEqual([{ n: 0 }])
    expect(bench.rows("SELECT count(*) AS n FROM ozon_sale_details WHERE transaction_type = 'services' AND posting_number = ''")[0]).not.toEqual({ n: 0 })
  })

  it('resumes a stopped run on the window and page it stopped at, and ends with the mirror of an uninterrupted run', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 3000 }, now })
    await bench.sync(['products', 'orders'])
    await bench.interruptedSync(['sales'], 2)
    const cursor = JSON.parse(bench.rows<{ cursor_json: string }>("SELECT cursor_json FROM sync_cursors WHERE resource = 'sales'")[0]!.cursor_json) as {
      stage: string
      window: number
      page: number
      windows: Array<{ from: string; to: string }>
    }
    expect(cursor.stage).toBe('running')
    bench.setNow(now + DAY)
    bench.requests.length = 0
    expect((await bench.sync(['sales'])).get('sales')?.status).toBe('succeeded')
    const first = calls()[0]!.sent
    expect(first.filter.date).toEqual(cursor.windows[cursor.window])
    expect(first.page).toBe(cursor.page)

    const reference = await startOzonTestBench({ sharedSandbox: bench.sandbox, now })
    try {
      await reference.sync(['products', 'orders', 'sales'])
      expect(mirrorOf(bench)).toEqual(mirrorOf(reference))
    } finally {
      await reference.close()
    }
  })

  it('reads again since the last run, a week back, and changes nothing that did not change', async () => {
    const now = Date.now()
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 1500 }, now })
    await bench.sync(['products', 'orders', 'sales'])
    const before = mirrorOf(bench)
    bench.requests.length = 0
    bench.setNow(now + DAY)
    await bench.sync(['sales'])
    expect(calls().map((p) => p.sent.filter.date)).toEqual([{ from: new Date(now - 7 * DAY).toISOString(), to: new Date(now + DAY).toISOString() }])
    expect(mirrorOf(bench)).toEqual(before)
  })

  it('explains in Russian a key without the finance method’s role, naming the method', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 20, postings: 50 } })
    const key = bench.sandbox.mintKey({ roles: ['Posting FBO'] })
    const job = salesJob({ ...bench.deps, secret: async () => key })
    const ctx = bareJobContext(bench.account.id, 'sales')
    await expect(job.run(ctx)).rejects.toMatchObject({
      code: 'access_denied',
      message: expect.stringMatching(/^У API-ключа Ozon нет роли для метода \/v3\/finance\/transaction\/list/),
      params: { service: 'Ozon', method: path }
    })
    expect(ctx.commits).toEqual([])
  })
})
