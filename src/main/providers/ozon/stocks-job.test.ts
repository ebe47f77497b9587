import { afterEach, describe, expect, it } from 'vitest'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'

interface SentStock {
  sku: number
  warehouse_id: number
  present: number
  reserved: number
}
interface SentTotals {
  offer_id: string
  stocks: Array<{ type: string; present: number; reserved: number }>
}

describe('Ozon stocks sync', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const answers = <T>(path: string, pick: (body: never) => T[]) =>
    bench.requests.filter((r) => r.path === path && 'body' in r.outcome).flatMap((r) => pick((r.outcome as { body: never }).body))
  const levels = () =>
    bench.rows<{ warehouse_external_id: string; offer_external_id: string; held_by: string; available: number; reserved: number }>(
      'SELECT warehouse_external_id, offer_external_id, held_by, available, reserved FROM stock_levels ORDER BY held_by, warehouse_external_id, offer_external_id'
    )

  it('mirrors the seller’s stock per warehouse for every SKU and Ozon’s FBO totals, after the catalogue and the warehouses', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 1200, postings: 0 } })
    const runs = await bench.sync(['stocks'])
    expect(runs.get('stocks')?.status).toBe('succeeded')
    // Asked alone, stocks run on the catalogue and warehouses mirrored before; with nothing mirrored there are no SKUs.
    expect(bench.requests.some((r) => r.path === '/v1/product/info/stocks-by-warehouse/fbs')).toBe(false)
    bench.requests.length = 0
    const all = await bench.sync(['products', 'warehouses', 'stocks'])
    expect([...all.values()].map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])

    const asked = bench.requests.filter((r) => r.path === '/v1/product/info/stocks-by-warehouse/fbs').map((r) => (r.json as { sku: string[] }).sku)
    expect(Math.max(...asked.map((skus) => skus.length))).toBeLessThanOrEqual(500)
    const skus = bench.rows<{ sku: number }>('SELECT sku FROM ozon_product_details WHERE sku IS NOT NULL ORDER BY sku').map((r) => String(r.sku))
    expect(asked.flat()).toEqual(skus)

    const offerOfSku = new Map(
      bench.rows<{ sku: number; offer: string }>('SELECT d.sku, o.external_id AS offer FROM ozon_product_details d JOIN offers o ON o.product_external_id = d.external_id').map((r) => [r.sku, r.offer])
    )
    const seller = answers<SentStock>('/v1/product/info/stocks-by-warehouse/fbs', (body: { result: SentStock[] }) => body.result).map((s) => ({
      warehouse_external_id: String(s.warehouse_id),
      offer_external_id: offerOfSku.get(s.sku)!,
      held_by: 'seller',
      available: Math.max(0, s.present - s.reserved),
      reserved: s.reserved
    }))
    const fbo = answers<SentTotals>('/v4/product/info/stocks', (body: { items: SentTotals[] }) => body.items).flatMap((item) => {
      const rows = item.stocks.filter((s) => s.type === 'fbo')
      const present = rows.reduce((sum, s) => sum + s.present, 0)
      const reserved = rows.reduce((sum, s) => sum + s.reserved, 0)
      return present === 0 && reserved === 0 ? [] : [{ warehouse_external_id: 'fbo', offer_external_id: item.offer_id, held_by: 'marketplace', available: Math.max(0, present - reserved), reserved }]
    })
    const byKey = (a: { held_by: string; warehouse_external_id: string; offer_external_id: string }, b: typeof a) =>
      `${a.held_by}|${a.warehouse_external_id}|${a.offer_external_id}` < `${b.held_by}|${b.warehouse_external_id}|${b.offer_external_id}` ? -1 : 1
    expect(seller.length).toBeGreaterThan(0)
    expect(fbo.length).toBeGreaterThan(0)
    expect(levels()).toEqual([...fbo, ...seller].sort(byKey))
  })

  it('resumes a stopped run within its generation and removes, at the end, the stock Ozon no longer reports', async () => {
    bench = await startOzonTestBench({ sandbox: { products: 1200, postings: 0 } })
    await bench.sync(['products', 'warehouses'])
    bench.mirror.sqlite
      .prepare("INSERT INTO stock_levels (account_id, warehouse_external_id, offer_external_id, marketplace, held_by, available, synced_at) VALUES (?, '1', 'gone', 'ozon', 'seller', 5, 'old')")
      .run(bench.account.id)
    await bench.interruptedSync(['stocks'], 1)
    const cursor = JSON.parse(bench.rows<{ cursor_json: string }>("SELECT cursor_json FROM sync_cursors WHERE resource = 'stocks'")[0]!.cursor_json) as { stage: string; generation: string; afterSku: number }
    expect(cursor).toMatchObject({ stage: 'seller' })
    // The stale row stays until the run that began ends.
    expect(bench.rows("SELECT offer_external_id FROM stock_levels WHERE offer_external_id = 'gone'")).toHaveLength(1)
    bench.requests.length = 0
    expect((await bench.sync(['stocks'])).get('stocks')?.status).toBe('succeeded')
    const firstAsked = (bench.requests.find((r) => r.path === '/v1/product/info/stocks-by-warehouse/fbs')?.json as { sku: string[] }).sku
    expect(Number(firstAsked[0])).toBeGreaterThan(cursor.afterSku)
    expect(bench.rows("SELECT offer_external_id FROM stock_levels WHERE offer_external_id = 'gone'")).toEqual([])
    expect(bench.rows('SELECT DISTINCT synced_at FROM stock_levels')).toEqual([{ synced_at: cursor.generation }])

    const before = levels()
    await bench.sync(['stocks'])
    expect(levels()).toEqual(before)
  })
})
