import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mirrorFile, openMirror, type Mirror } from '../../db/open'
import { readCursor, startRun } from '../../db/queries/sync-runs'
import { sourceWorkers } from '../../../test-support/source-workers'
import { migrationsDir, tempDataDir } from '../../../test-support/temp'
import type { PageWrite } from '../page-write'
import { startPageWriter, type PageWriter } from './page-writer'
import type { PageCommit } from './protocol'

const insertWarehouse = "INSERT INTO warehouses (account_id, external_id, marketplace, role, name, synced_at) VALUES (?, ?, 'wildberries', ?, ?, ?)"

function warehouses(accountId: string, ids: number[]): PageWrite {
  return { steps: [{ sql: insertWarehouse, params: ids.map((id) => [accountId, `seller:${id}`, 'seller', `Склад ${id}`, 'now']) }], rows: ids.length }
}

describe('page writer thread', () => {
  let temp: ReturnType<typeof tempDataDir>
  let mirror: Mirror
  let writer: PageWriter
  let runA: number
  let runB: number

  beforeEach(() => {
    temp = tempDataDir()
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    for (const id of ['a', 'b']) {
      mirror.sqlite.prepare("INSERT INTO accounts (id, marketplace, name, created_at, updated_at) VALUES (?, 'wildberries', 'М', 'x', 'x')").run(id)
    }
    runA = startRun(mirror.db, 'a', 'warehouses', 'x')
    runB = startRun(mirror.db, 'b', 'warehouses', 'x')
    writer = startPageWriter(sourceWorkers, { file: mirrorFile({ dataDir: temp.dir }) })
  })
  afterEach(async () => {
    await writer.close()
    mirror.close()
    temp.cleanup()
  })

  const page = (runId: number, accountId: string, ids: number[], cursor: unknown): PageCommit => ({
    runId,
    accountId,
    resource: 'warehouses',
    write: warehouses(accountId, ids),
    nextCursor: cursor,
    committedAt: 'now'
  })
  const ids = (accountId: string) =>
    (mirror.sqlite.prepare('SELECT external_id FROM warehouses WHERE account_id = ?').pluck().all(accountId) as string[])
      .map((externalId) => Number(externalId.replace(/^seller:/, '')))
      .sort((x, y) => x - y)
  const runRows = (runId: number) => mirror.sqlite.prepare('SELECT rows, pages FROM sync_runs WHERE id = ?').get(runId)

  it('commits pages in order, each with its cursor and its run counters', async () => {
    const committed = await Promise.all([writer.commit(page(runA, 'a', [1, 2], { p: 1 })), writer.commit(page(runA, 'a', [3], { p: 2 }))])
    expect(committed).toEqual([2, 1])
    expect(ids('a')).toEqual([1, 2, 3])
    expect(readCursor(mirror.db, 'a', 'warehouses')).toEqual({ p: 2 })
    expect(runRows(runA)).toEqual({ rows: 3, pages: 2 })
  })

  it('keeps the pages before a failed one, refuses the run’s later pages and still commits other runs', async () => {
    const results = await Promise.allSettled([
      writer.commit(page(runA, 'a', [1], { p: 1 })),
      // The same warehouse twice breaks the primary key: this page fails as a whole.
      writer.commit(page(runA, 'a', [2, 2], { p: 2 })),
      writer.commit(page(runA, 'a', [3], { p: 3 })),
      writer.commit(page(runB, 'b', [7], { p: 1 }))
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled'])
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/)
    expect(ids('a')).toEqual([1])
    expect(readCursor(mirror.db, 'a', 'warehouses')).toEqual({ p: 1 })
    expect(ids('b')).toEqual([7])
  })

  it('rejects pages after it is closed', async () => {
    await writer.close()
    await expect(writer.commit(page(runA, 'a', [1], null))).rejects.toThrow(/page writer stopped/)
  })
})
