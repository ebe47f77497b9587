import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from '../../../sandbox/ozon'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { ozonProvider } from '.'

/** The tables an Ozon cabinet fills: the neutral ones, the day totals and Ozon's own. */
const mirroredTables = ['products', 'offers', 'warehouses', 'stock_levels', 'orders', 'order_day_totals', 'ozon_product_details', 'ozon_order_details']

/** Every mirrored table's content without run bookkeeping. */
function digest(bench: OzonTestBench): Record<string, { rows: number; sha: string }> {
  return Object.fromEntries(
    mirroredTables.map((table) => {
      const columns = bench
        .rows<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .map((c) => c.name)
        .filter((c) => c !== 'account_id' && c !== 'synced_at')
      const rows = bench.mirror.sqlite.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().all()
      const lines = rows.map((r) => JSON.stringify(r)).sort()
      return [table, { rows: lines.length, sha: createHash('sha256').update(lines.join('\n')).digest('hex') }]
    })
  )
}

describe('an Ozon sync stopped at random points', () => {
  let sandbox: OzonSandbox
  const benches: OzonTestBench[] = []
  beforeAll(async () => {
    sandbox = await startOzonSandbox({ products: 2300, postings: 1500, rateLimits: false })
  })
  afterAll(async () => {
    await Promise.all(benches.map((b) => b.close()))
    await sandbox.close()
  })

  it('resumes from its cursors and ends with the same mirror as an uninterrupted sync, which a re-sync leaves as it is', { timeout: 120_000 }, async () => {
    const resources = ozonProvider.resources.map((r) => r.id)
    // Both cabinets' clocks stand at the same instant, so their periods hold the same postings.
    const now = Date.now()
    const open = async () => {
      const bench = await startOzonTestBench({ sharedSandbox: sandbox, now })
      benches.push(bench)
      return bench
    }

    const reference = await open()
    const runs = await reference.sync(resources)
    expect([...runs.values()].filter((r) => r.status !== 'succeeded')).toEqual([])
    const pages = reference.rows<{ pages: number }>('SELECT sum(pages) AS pages FROM sync_runs')[0]!.pages
    const expected = digest(reference)
    expect(Object.values(expected).every((t) => t.rows > 0), JSON.stringify(expected)).toBe(true)

    const interrupted = await open()
    let state = Number(process.env.STOP_SEED ?? Date.now() % 100_000) || 1
    const seed = state
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const stops: number[] = []
    for (let i = 0; i < 6; i++) {
      const afterCommits = 1 + Math.floor(random() * pages)
      stops.push(afterCommits)
      await interrupted.interruptedSync(resources, afterCommits)
    }
    const final = await interrupted.sync(resources)
    expect([...final.values()].every((r) => r.status === 'succeeded')).toBe(true)
    expect(digest(interrupted), `stop seed ${seed}, stops after ${stops.join(', ')} commits`).toEqual(expected)

    await reference.sync(resources)
    expect(digest(reference)).toEqual(expected)
  })
})
