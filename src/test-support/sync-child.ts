/**
 * A whole app core in its own process, syncing every resource of one cabinet to the end:
 * `node --import tsx src/test-support/sync-child.ts <dataDir> <wbUrl> <token> [commit:K | response:K]`.
 *
 * It prints one line per step of progress (`commit <resource>` after each page is committed, `response` after each
 * response body has arrived) and, at the end, `done {"commits":…,"responses":…}`. With a kill point it SIGKILLs
 * itself the moment that step is reached: kills land at a point of progress, never at a point in time, so they land
 * mid-sync on a fast machine and a loaded one alike. A `response` kill lands after a page is downloaded and before
 * it is committed; a `commit` kill right after a commit, while other resources are mid-page.
 */
import { subscribe } from 'node:diagnostics_channel'
import { SferaError } from '../shared/domain/errors'
import { endpointsFromEnv } from '../main/endpoints'
import { createTestCore } from './test-core'

export type KillStep = 'commit' | 'response'

export interface KillPoint {
  step: KillStep
  /** 1-based: the n-th step of that kind in this run. */
  index: number
}

export function parseKillPoint(arg: string | undefined): KillPoint | null {
  if (!arg) return null
  const match = /^(commit|response):(\d+)$/.exec(arg)
  if (!match || Number(match[2]) < 1) throw new Error(`kill point must be commit:K or response:K, got ${arg}`)
  return { step: match[1] as KillStep, index: Number(match[2]) }
}

async function main(): Promise<void> {
  const [dataDir, wbUrl, token, killArg] = process.argv.slice(2)
  if (!dataDir || !wbUrl || !token) throw new Error('usage: sync-child <dataDir> <wbUrl> <token> [commit:K|response:K]')
  const killPoint = parseKillPoint(killArg)
  const counts: Record<KillStep, number> = { commit: 0, response: 0 }
  // Setting up the cabinet (the token check) makes requests too; only the sync's own steps are counted.
  let syncing = false
  const step = (kind: KillStep, line: string) => {
    if (!syncing) return
    counts[kind] += 1
    process.stdout.write(`${line}\n`)
    if (killPoint?.step === kind && killPoint.index === counts[kind]) process.kill(process.pid, 'SIGKILL')
  }
  // undici announces a response whose body has been read in full; the app has not parsed or committed it yet.
  subscribe('undici:request:trailers', () => step('response', 'response'))

  const core = await createTestCore({
    dataDir,
    endpoints: endpointsFromEnv({ SFERA_WB_URL: wbUrl }),
    // The sandbox runs without limits; the app's own budgets are scaled so a whole sync takes seconds.
    rateLimitScale: 0.001
  })
  const pagesByRun = new Map<number, number>()
  core.subscribe((name, payload) => {
    if (name !== 'sync.progress') return
    const progress = payload as { runId: number; resource: string; pages: number }
    const before = pagesByRun.get(progress.runId) ?? 0
    pagesByRun.set(progress.runId, progress.pages)
    for (let page = before; page < progress.pages; page++) step('commit', `commit ${progress.resource}`)
  })
  const call = async (name: string, input: unknown) => {
    const result = await core.dispatch(name, input)
    if (!result.ok) throw SferaError.fromPayload(result.error)
    return result.value as never
  }
  const accounts: Array<{ id: string }> = await call('accounts.list', {})
  const account = accounts[0] ?? (await call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', fields: { token } }))
  syncing = true
  await call('sync.start', { accountId: account.id })
  process.stdout.write('syncing\n')
  for (;;) {
    const statuses: Array<{ accountId: string; running: boolean; lastRuns: Array<{ resource: string; status: string }> }> =
      await call('sync.status', {})
    const status = statuses.find((s) => s.accountId === account.id)
    if (status && !status.running) {
      process.stdout.write(`done ${JSON.stringify({ ...counts, runs: status.lastRuns.map((r) => [r.resource, r.status]) })}\n`)
      break
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  await core.close()
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
