import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from '../../../sandbox/wildberries'
import { wildberriesProvider } from '.'
import { tableNames } from '../../db/table-names'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

/** Every mirrored table, the neutral ones, WB's details and the day totals, without the cabinet and run bookkeeping. */
const mirroredTables = tableNames.filter((table) => !['accounts', 'sync_runs', 'sync_cursors'].includes(table))

/** Every mirrored table's content without run bookkeeping. */
function digest(bench: WbTestBench): Record<string, { rows: number; sha: string }> {
  return Object.fromEntries(
    mirroredTables.map((table) => {
      const columns = bench
        .rows<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .map((c) => c.name)
        .filter((c) => c !== 'account_id' && c !== 'synced_at')
      expect(columns.length, table).toBeGreaterThan(0)
      const rows = bench.mirror.sqlite.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().all()
      const lines = rows.map((r) => JSON.stringify(r)).sort()
      return [table, { rows: lines.length, sha: createHash('sha256').update(lines.join('\n')).digest('hex') }]
    })
  )
}

describe('a sync stopped at random points', () => {
  let sandbox: WbSandbox
  const benches: WbTestBench[] = []
  beforeAll(async () => {
    sandbox = await startWbSandbox({
      cardCount: 1100,
      fbsOrderCount: 2600,
      orderCount: 6000,
      saleCount: 4500,
      statisticsPageSize: 700,
      rateLimits: false
    })
  })
  afterAll(async () => {
    await Promise.all(benches.map((b) => b.close()))
    await sandbox.close()
  })

  it('resumes from its cursors and ends with the same mirror as an uninterrupted sync, which a re-sync leaves as it is', { timeout: 120_000 }, async () => {
    const resources = wildberriesProvider.resources.map((r) => r.id)
    // Both cabinets' clocks stand at the same instant, so their 90-day windows hold the same rows.
    const now = Date.now()
    const open = async () => {
      const bench = await startWbTestBench({ sharedSandbox: sandbox, now })
      benches.push(bench)
      return bench
    }

    const reference = await open()
    const runs = await reference.sync(resources)
    const pages = reference.rows<{ pages: number }>('SELECT sum(pages) AS pages FROM sync_runs')[0]!.pages
    expect([...runs.values()].map((r) => [r.resource, r.status]).filter(([, status]) => status !== 'succeeded')).toEqual([])
    const expected = digest(reference)
    // A WB cabinet fills every mirrored table but the other marketplaces' own.
    const filled = Object.entries(expected).filter(([table]) => !table.startsWith('ozon_'))
    expect(filled.every(([, t]) => t.rows > 0), JSON.stringify(expected)).toBe(true)

    const interrupted = await open()
    let state = Number(process.env.STOP_SEED ?? Date.now() % 100_000)
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
