import { createHash } from 'node:crypto'
import { expect } from 'vitest'
import type { SyncResource } from '../shared/domain/marketplace'
import type { ProviderTestBench } from './provider-test-bench'

type Digest = Record<string, { rows: number; sha: string }>

/** Every table's content without the cabinet and run bookkeeping (account_id, synced_at). */
function digest(bench: ProviderTestBench, tables: readonly string[]): Digest {
  return Object.fromEntries(
    tables.map((table) => {
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

/**
 * Syncs one cabinet to the end, then another (same sandbox, same instant) stopped six times at random points of
 * its progress before it syncs to the end: both mirrors must match, and a re-sync must leave the first as it is.
 * STOP_SEED replays a failing run's stops.
 */
export async function expectResumeAfterStops(options: {
  /** A new cabinet on the shared sandbox with its clock at `now`; the harness closes it. */
  open: (now: number) => Promise<ProviderTestBench>
  resources: readonly SyncResource[]
  /** The mirrored tables compared. */
  tables: readonly string[]
  /** The tables the cabinet must fill; all of them by default. */
  fills?: (table: string) => boolean
}): Promise<void> {
  const { resources, tables, fills = () => true } = options
  // Both cabinets' clocks stand at the same instant, so their periods hold the same rows.
  const now = Date.now()
  const benches: ProviderTestBench[] = []
  const open = async () => {
    const bench = await options.open(now)
    benches.push(bench)
    return bench
  }
  try {
    const reference = await open()
    const runs = await reference.sync(resources)
    expect([...runs.values()].map((r) => [r.resource, r.status]).filter(([, status]) => status !== 'succeeded')).toEqual([])
    const pages = reference.rows<{ pages: number }>('SELECT sum(pages) AS pages FROM sync_runs')[0]!.pages
    const expected = digest(reference, tables)
    const filled = Object.entries(expected).filter(([table]) => fills(table))
    expect(filled.every(([, t]) => t.rows > 0), JSON.stringify(expected)).toBe(true)

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
    expect(digest(interrupted, tables), `stop seed ${seed}, stops after ${stops.join(', ')} commits`).toEqual(expected)

    await reference.sync(resources)
    expect(digest(reference, tables)).toEqual(expected)
  } finally {
    await Promise.all(benches.map((bench) => bench.close()))
  }
}
