import { afterEach, describe, expect, it } from 'vitest'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'

const path = '/v1/returns/list'

interface SentRequest {
  limit: number
  last_id: number
}
interface SentReturn {
  id: number
  type: string
  posting_number: string
  product: { sku: number }
}
interface SentPage {
  returns: SentReturn[]
  has_next: boolean
}

describe('Ozon returns sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const calls = () =>
    bench.requests
      .filter((r) => r.path === path && 'body' in r.outcome)
      .map((r) => ({ sent: r.json as SentRequest, got: (r.outcome as { body: SentPage }).body }))
  const orders = () => bench.rows('SELECT external_id, status, marketplace_status, updated_at FROM orders ORDER BY external_id')
  const lineOf = (r: SentReturn) => `${r.posting_number}:${r.product.sku}`

  it('pages by last_id, 500 a page, and marks the lines of the buyers’ returns returned, keeping Ozon’s posting status', async () => {
    // Enough postings for more than 500 returns.
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 10_000 } })
    await bench.sync(['products', 'orders'])
    const before = new Map(orders().map((row) => [(row as { external_id: string }).external_id, row as Record<string, unknown>]))
    expect((await bench.sync(['returns'])).get('returns')?.status).toBe('succeeded')
    const pages = calls()
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, k) => {
      expect(page.sent.limit).toBe(500)
      expect(page.sent.last_id).toBe(k === 0 ? 0 : pages[k - 1]!.got.returns.at(-1)!.id)
    })
    expect(pages.at(-1)!.got.has_next).toBe(false)
    const returns = pages.flatMap((page) => page.got.returns)
    const returned = new Set(returns.filter((r) => r.type !== 'Cancellation').map(lineOf))
    expect(returned.size).toBeGreaterThan(0)
    for (const row of orders() as Array<Record<string, unknown> & { external_id: string }>) {
      const was = before.get(row.external_id)!
      expect(row).toEqual(returned.has(row.external_id) ? { ...was, status: 'returned' } : was)
    }
    // A cancellation brings nothing back: its line stays cancelled.
    const cancelled = returns.filter((r) => r.type === 'Cancellation').map(lineOf)
    expect(cancelled.length).toBeGreaterThan(0)
    expect(new Set(cancelled.map((id) => (before.get(id) as { status: string }).status))).toEqual(new Set(['cancelled']))
  })

  it('resumes after the last committed page and ends with the mirror of an uninterrupted run', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 10_000 } })
    await bench.sync(['products', 'orders'])
    await bench.interruptedSync(['returns'], 1)
    const cursor = JSON.parse(bench.rows<{ cursor_json: string }>("SELECT cursor_json FROM sync_cursors WHERE resource = 'returns'")[0]!.cursor_json) as {
      stage: string
      lastId: number
    }
    expect(cursor.stage).toBe('running')
    bench.requests.length = 0
    await bench.sync(['returns'])
    expect(calls()[0]!.sent.last_id).toBe(cursor.lastId)
    const reference = await startOzonTestBench({ sharedSandbox: bench.sandbox })
    try {
      await reference.sync(['products', 'orders', 'returns'])
      const statuses = (b: OzonTestBench) => b.rows('SELECT external_id, status FROM orders ORDER BY external_id')
      expect(statuses(bench)).toEqual(statuses(reference))
    } finally {
      await reference.close()
    }
  })

  it('changes nothing on a second run, and marks the lines again after the orders sync writes them back', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 1500 } })
    await bench.sync(['products', 'orders', 'returns'])
    const after = bench.rows('SELECT * FROM orders ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))
    const totals = bench.rows('SELECT * FROM order_day_totals ORDER BY local_day')
    expect(bench.rows("SELECT count(*) > 0 AS some FROM orders WHERE status = 'returned'")).toEqual([{ some: 1 }])
    await bench.sync(['returns'])
    await bench.sync(['orders', 'returns'])
    expect(bench.rows('SELECT * FROM orders ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))).toEqual(after)
    expect(bench.rows('SELECT * FROM order_day_totals ORDER BY local_day')).toEqual(totals)
  })

  it('invents no order line for a return whose posting is not mirrored', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 200, postings: 1500 } })
    expect((await bench.sync(['returns'])).get('returns')?.status).toBe('succeeded')
    expect(calls().flatMap((page) => page.got.returns).length).toBeGreaterThan(0)
    expect(bench.count('orders')).toBe(0)
  })
})
