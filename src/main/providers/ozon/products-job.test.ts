import { afterEach, describe, expect, it } from 'vitest'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'

interface ListRequest {
  filter: { visibility: string }
  last_id: string
  limit: number
}

const listed = (requests: OzonTestBench['requests']) =>
  requests
    .filter((r) => r.path === '/v3/product/list' && 'body' in r.outcome)
    .map((r) => ({ sent: r.json as ListRequest, got: (r.outcome as { body: { result: { items: Array<{ product_id: number }>; last_id: string } } }).body.result }))

describe('Ozon products sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  it('pages through the catalogue and the archive to the end, 1000 ids a page, each page’s cards from the info method', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 2300, postings: 0 } })
    const run = (await bench.sync(['products'])).get('products')
    const pages = listed(bench.requests)
    const ids = pages.flatMap((p) => p.got.items.map((i) => String(i.product_id)))
    expect(run).toMatchObject({ status: 'succeeded', rows: ids.length })
    expect(new Set(ids).size).toBe(2300)
    expect(pages.map((p) => p.sent.filter.visibility)).toContain('ARCHIVED')
    // Each page goes on from the last_id of the one before it, and a visibility starts from none.
    pages.forEach((page, i) => {
      const before = pages[i - 1]
      const sameVisibility = before?.sent.filter.visibility === page.sent.filter.visibility
      expect(page.sent.last_id).toBe(sameVisibility ? before!.got.last_id : '')
      expect(page.sent.limit).toBe(1000)
    })
    const infoBatches = bench.requests.filter((r) => r.path === '/v3/product/info/list').map((r) => (r.json as { product_id: string[] }).product_id.length)
    expect(Math.max(...infoBatches)).toBeLessThanOrEqual(1000)
    expect(bench.rows<{ external_id: string }>('SELECT external_id FROM products ORDER BY external_id').map((r) => r.external_id)).toEqual([...ids].sort())
    expect(bench.rows('SELECT count(*) AS n FROM offers o JOIN products p ON p.account_id = o.account_id AND p.external_id = o.product_external_id WHERE o.external_id = p.vendor_code')).toEqual([{ n: 2300 }])
    expect(bench.count('ozon_product_details')).toBe(2300)
    expect(bench.rows("SELECT count(*) AS n FROM ozon_product_details WHERE is_archived = 1 OR is_autoarchived = 1")).not.toEqual([{ n: 0 }])
    // Products Ozon reports moderation errors for inside the 200 are mirrored all the same, their errors kept.
    const sentErrors = bench.requests
      .filter((r) => r.path === '/v3/product/info/list' && 'body' in r.outcome)
      .flatMap((r) => (r.outcome as { body: { items: Array<{ id: number; errors: unknown[] }> } }).body.items)
      .filter((item) => item.errors.length > 0)
    expect(sentErrors.length).toBeGreaterThan(0)
    const kept = bench.rows<{ external_id: string; errors_json: string }>("SELECT external_id, errors_json FROM ozon_product_details WHERE errors_json <> '[]'")
    expect(kept.map((r) => r.external_id).sort()).toEqual(sentErrors.map((item) => String(item.id)).sort())
    expect(kept.map((r) => (JSON.parse(r.errors_json) as unknown[]).length)).toEqual(kept.map((r) => sentErrors.find((i) => String(i.id) === r.external_id)!.errors.length))
  })

  it('resumes after a stop from the last committed page and ends with the same catalogue', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 2300, postings: 0 } })
    await bench.interruptedSync(['products'], 1)
    const stoppedAt = bench.rows<{ cursor_json: string }>("SELECT cursor_json FROM sync_cursors WHERE resource = 'products'")[0]!
    const cursor = JSON.parse(stoppedAt.cursor_json) as { visibility: string; lastId: string }
    expect(cursor.lastId).not.toBe('')
    const before = bench.requests.length
    expect((await bench.sync(['products'])).get('products')?.status).toBe('succeeded')
    const resumed = listed(bench.requests.slice(before))
    expect(resumed[0]!.sent).toMatchObject({ filter: { visibility: cursor.visibility }, last_id: cursor.lastId })
    expect(bench.count('products')).toBe(2300)
    expect(bench.rows("SELECT cursor_json FROM sync_cursors WHERE resource = 'products'")).toEqual([{ cursor_json: 'null' }])
  })

  it('changes nothing on a re-sync of an unchanged catalogue, and only the touched cards after Ozon edits some', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 300, postings: 0 } })
    await bench.sync(['products'])
    const snapshot = () => ({
      products: bench.rows<{ external_id: string }>('SELECT * FROM products ORDER BY external_id').map((r) => ({ ...r, synced_at: null })),
      offers: bench.rows('SELECT * FROM offers ORDER BY external_id'),
      details: bench.rows('SELECT * FROM ozon_product_details ORDER BY external_id')
    })
    const first = snapshot()
    await bench.sync(['products'])
    expect(snapshot()).toEqual(first)
    const touched = bench.sandbox.touchProducts(3).map(String)
    await bench.sync(['products'])
    const after = snapshot()
    const changed = after.products.filter((row, i) => JSON.stringify(row) !== JSON.stringify(first.products[i]))
    expect(changed.map((row) => row.external_id).sort()).toEqual([...touched].sort())
  })
})
