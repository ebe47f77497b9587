import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from '../../sandbox/wildberries'
import { tableNames } from '../db/table-names'
import type { KillPoint, KillStep } from '../../test-support/sync-child'
import { tempDataDir } from '../../test-support/temp'

const child = resolve(__dirname, '../../test-support/sync-child.ts')
/** Bookkeeping that legitimately differs between two runs of the same sync. */
const runSpecificColumns = new Set(['account_id', 'synced_at', 'id'])
const mirroredTables = tableNames.filter((t) => !['accounts', 'sync_runs', 'sync_cursors'].includes(t))

interface ChildRun {
  exitCode: number | null
  /** Died by its own SIGKILL at the kill point, not by finishing first. */
  killed: boolean
  output: string
  /** What a run that got to the end counted: its commits and its responses. */
  steps: Record<KillStep, number> | null
}

/** Runs the sync child; with a kill point, the child SIGKILLs itself when its sync reaches that point. */
function runChild(dataDir: string, sandbox: WbSandbox, killPoint?: KillPoint): Promise<ChildRun> {
  return new Promise((done) => {
    const args = [child, dataDir, sandbox.url, sandbox.token, ...(killPoint ? [`${killPoint.step}:${killPoint.index}`] : [])]
    // Node itself with tsx's loader, not the tsx CLI: the CLI runs a second process and reports its death as exit 137.
    const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    proc.on('exit', (exitCode, signal) => {
      const summary = /^done (.*)$/m.exec(output)?.[1]
      const steps = summary ? (JSON.parse(summary) as Record<KillStep, number>) : null
      done({ exitCode, killed: signal === 'SIGKILL', output: output.slice(-4000), steps })
    })
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

  it('resumes and ends with the same mirror as an uninterrupted sync', { timeout: 600_000 }, async () => {
    const reference = newDir()
    const clean = await runChild(reference, sandbox)
    expect(clean.exitCode, clean.output).toBe(0)
    const total = clean.steps!
    expect(total.commit, clean.output).toBeGreaterThanOrEqual(40)
    const expected = mirrorDigest(reference)
    // A WB cabinet fills every mirrored table but the other marketplaces' own.
    const filled = Object.entries(expected).filter(([table]) => !table.startsWith('ozon_'))
    expect(filled.every(([, t]) => t.rows > 0), JSON.stringify(expected)).toBe(true)

    const interrupted = newDir()
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000)
    let state = seed
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647)
    const kills: KillPoint[] = []
    // Four kills, each within the first eighth of a whole sync's steps: each killed run advances the mirror by at
    // most that much, so every later run still has more than an eighth left and the kill lands mid-sync.
    for (let attempt = 0; attempt < 4; attempt++) {
      const step: KillStep = random() < 0.5 ? 'commit' : 'response'
      const killPoint = { step, index: 1 + Math.floor((random() * total[step]) / 8) }
      const run = await runChild(interrupted, sandbox, killPoint)
      const described = `kill seed ${seed}, kill ${attempt + 1} at ${step} ${killPoint.index} of ${total[step]}`
      expect(run.killed, `${described}: the sync ended before its kill point\n${run.output}`).toBe(true)
      kills.push(killPoint)
    }
    const final = await runChild(interrupted, sandbox)
    expect(final.exitCode, final.output).toBe(0)
    const described = kills.map((k) => `${k.step} ${k.index}`).join(', ')
    expect(mirrorDigest(interrupted), `kill seed ${seed}, kills after ${described}`).toEqual(expected)
  })
})
