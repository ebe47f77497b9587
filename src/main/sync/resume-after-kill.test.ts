import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from '../../sandbox/wildberries'
import { tableNames } from '../../shared/domain/tables'
import { tempDataDir } from '../testing/temp'

const child = resolve(__dirname, '../testing/sync-child.ts')
const tsx = resolve(__dirname, '../../../node_modules/.bin/tsx')
/** Bookkeeping that legitimately differs between two runs of the same sync. */
const runSpecificColumns = new Set(['account_id', 'synced_at', 'id'])
const mirroredTables = tableNames.filter((t) => !['accounts', 'sync_runs', 'sync_cursors'].includes(t))

interface ChildRun {
  exitCode: number | null
  /** Died by the SIGKILL, not by finishing first. */
  killed: boolean
  output: string
  /** From the moment the child reported the sync started to its exit. */
  syncMs: number
}

/** Runs the sync child; with `killAfterMs`, SIGKILLs it that long after it reported the sync started. */
function runChild(dataDir: string, sandbox: WbSandbox, killAfterMs?: number): Promise<ChildRun> {
  return new Promise((done) => {
    const proc = spawn(tsx, [child, dataDir, sandbox.url, sandbox.token], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let armed = false
    let syncStarted = 0
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!syncStarted && output.includes('syncing')) syncStarted = Date.now()
      if (killAfterMs !== undefined && syncStarted && !armed) {
        armed = true
        setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
      }
    })
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    proc.on('exit', (exitCode, signal) => done({ exitCode, killed: signal === 'SIGKILL', output, syncMs: Date.now() - syncStarted }))
  })
}

/** A digest of every mirrored table's content, independent of row order and of run bookkeeping. */
function mirrorDigest(dataDir: string): Record<string, { rows: number; sha: string }> {
  const db = new Database(join(dataDir, 'mirror.sqlite'), { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const digest: Record<string, { rows: number; sha: string }> = {}
    for (const table of mirroredTables) {
      const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name).filter((c) => !runSpecificColumns.has(c))
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().all() as unknown[][]
      const lines = rows.map((r) => JSON.stringify(r)).sort()
      digest[table] = { rows: lines.length, sha: createHash('sha256').update(lines.join('\n')).digest('hex') }
    }
    return digest
  } finally {
    db.close()
  }
}

describe('a sync killed at random points', () => {
  let sandbox: WbSandbox
  const temps: Array<() => void> = []

  beforeAll(async () => {
    sandbox = await startWbSandbox({
      cardCount: 1200,
      fbsOrderCount: 2500,
      orderCount: 40_000,
      saleCount: 30_000,
      statisticsPageSize: 1500,
      rateLimits: false
    })
  })
  afterAll(async () => {
    await sandbox.close()
    temps.forEach((cleanup) => cleanup())
  })

  const newDir = () => {
    const temp = tempDataDir()
    temps.push(temp.cleanup)
    return temp.dir
  }

  it('resumes and ends with the same mirror as an uninterrupted sync', { timeout: 240_000 }, async () => {
    const reference = newDir()
    const clean = await runChild(reference, sandbox)
    const { syncMs } = clean
    expect(clean.exitCode, clean.output).toBe(0)
    const expected = mirrorDigest(reference)
    expect(Object.values(expected).every((t) => t.rows > 0), JSON.stringify(expected)).toBe(true)

    const interrupted = newDir()
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000)
    let state = seed
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647)
    const kills: number[] = []
    // Kill again and again early in each run (each killed run still advances the mirror, so a resumed run has less
    // left to do) until four kills have landed mid-sync, or a run gets to the end first.
    for (let attempt = 0; attempt < 12 && kills.length < 4; attempt++) {
      const killAfterMs = Math.floor((random() * syncMs) / 8)
      const run = await runChild(interrupted, sandbox, killAfterMs)
      if (!run.killed) {
        expect(run.exitCode, run.output).toBe(0)
        break
      }
      kills.push(killAfterMs)
    }
    expect(kills.length, `kill seed ${seed}: kills must land before the sync ends`).toBeGreaterThanOrEqual(3)
    const final = await runChild(interrupted, sandbox)
    expect(final.exitCode, final.output).toBe(0)
    expect(mirrorDigest(interrupted), `kill seed ${seed}, kills at ${kills.join(', ')} ms`).toEqual(expected)
  })
})
