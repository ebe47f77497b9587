import { afterEach, describe, expect, it } from 'vitest'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

interface SizeRow {
  chrt_id: number
  nm_id: number
  tech_size: string
  wb_size: string
  barcodes: string
}

/** What wb_product_sizes must hold: every size in the cards' own sizes_json. */
function sizesFromCards(bench: WbTestBench): SizeRow[] {
  return bench
    .rows<{ nm_id: number; sizes_json: string }>('SELECT nm_id, sizes_json FROM wb_products')
    .flatMap(({ nm_id, sizes_json }) =>
      (JSON.parse(sizes_json) as Array<{ chrtId: number; techSize: string; wbSize: string; barcodes: string[] }>).map((s) => ({
        chrt_id: s.chrtId,
        nm_id,
        tech_size: s.techSize,
        wb_size: s.wbSize,
        barcodes: s.barcodes.join(' ')
      }))
    )
    .sort((a, b) => a.chrt_id - b.chrt_id)
}

describe('products sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('keeps every card’s sizes (chrtID → card, sizes, barcodes) with the cards', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 240 } })
    const runs = await bench.sync(['products'])
    expect(runs.get('products')).toMatchObject({ status: 'succeeded', rows: 240 })
    const sizes = bench.rows<SizeRow>('SELECT chrt_id, nm_id, tech_size, wb_size, barcodes FROM wb_product_sizes ORDER BY chrt_id')
    expect(sizes.length).toBeGreaterThan(240)
    expect(sizes).toEqual(sizesFromCards(bench))
  })

  it('replaces the sizes of changed cards and changes nothing else on a re-sync', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 120 } })
    await bench.sync(['products'])
    const before = bench.rows('SELECT * FROM wb_product_sizes ORDER BY chrt_id')
    const edited = bench.sandbox.touchCards(4)[0]!
    // Left one edit behind WB, the mirror holds a size the edited card has since lost and lacks one it has gained.
    const chrtIdsOfEdited = () =>
      bench.rows<{ chrt_id: number }>('SELECT chrt_id FROM wb_product_sizes WHERE nm_id = ?', edited).map((row) => row.chrt_id)
    const addedChrtId = chrtIdsOfEdited()[0]
    const droppedChrtId = Math.max(...sizesFromCards(bench).map((size) => size.chrt_id)) + 1
    const renamed = bench.mirror.sqlite
      .prepare('UPDATE wb_product_sizes SET chrt_id = ? WHERE account_id = ? AND chrt_id = ?')
      .run(droppedChrtId, bench.account.id, addedChrtId)
    expect(renamed.changes).toBe(1)

    expect((await bench.sync(['products'])).get('products')).toMatchObject({ status: 'succeeded', rows: 4 })
    expect(chrtIdsOfEdited()).toContain(addedChrtId)
    expect(chrtIdsOfEdited()).not.toContain(droppedChrtId)
    expect(bench.rows('SELECT * FROM wb_product_sizes ORDER BY chrt_id')).toEqual(before)
    expect(bench.rows<SizeRow>('SELECT chrt_id, nm_id, tech_size, wb_size, barcodes FROM wb_product_sizes ORDER BY chrt_id')).toEqual(
      sizesFromCards(bench)
    )
  })
})
