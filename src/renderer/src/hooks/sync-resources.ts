import type { SyncResource } from '../../../shared/domain/marketplace'
import type { AccountSyncStatus, SyncProgress, SyncRunStatus, SyncRunSummary } from '../../../shared/domain/sync'
import type { ProgressChange, SyncProgressMap } from './sync-progress-store'


/** Live progress of one resource over the given cabinets' running runs. */
export interface ResourceProgress {
  rows: number
  requests: number
  rateLimited: number
  /** Latest epoch ms a run waits for WB's rate budget until; null when none waits. */
  waitingUntil: number | null
}

/** The running runs of the given accounts, summed per resource; resources with no running run are absent. */
/** Every resource the selected cabinets' marketplaces sync, each once, in the order the first cabinet lists them. */
export function resourcesOf(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): SyncResource[] {
  return [...new Set(statuses.filter((status) => accountIds.includes(status.accountId)).flatMap((status) => status.resources))]
}

export function runningResources(entries: SyncProgressMap, accountIds: readonly string[]): Map<SyncResource, ResourceProgress> {
  const result = new Map<SyncResource, ResourceProgress>()
  for (const progress of entries.values()) {
    if (progress.status !== 'running' || !accountIds.includes(progress.accountId)) continue
    const sum = result.get(progress.resource) ?? { rows: 0, requests: 0, rateLimited: 0, waitingUntil: null }
    sum.rows += progress.rows
    sum.requests += progress.requests
    sum.rateLimited += progress.rateLimited
    if (progress.waitingUntil !== null) sum.waitingUntil = Math.max(sum.waitingUntil ?? 0, progress.waitingUntil)
    result.set(progress.resource, sum)
  }
  return result
}

/** How the last run of a resource went over the given cabinets: the worst status, rows summed, latest end. */
export interface ResourceLastRun {
  status: SyncRunStatus
  rows: number
  finishedAt: string | null
  error: SyncRunSummary['error']
}

const statusRank: Record<SyncRunStatus, number> = { succeeded: 0, running: 1, cancelled: 2, interrupted: 3, failed: 4 }

export function lastRunsByResource(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): Map<SyncResource, ResourceLastRun> {
  const result = new Map<SyncResource, ResourceLastRun>()
  for (const status of statuses) {
    if (!accountIds.includes(status.accountId)) continue
    const seen = new Set<SyncResource>()
    for (const run of status.lastRuns) {
      // lastRuns is newest first: the first run of a resource is its last one.
      if (seen.has(run.resource)) continue
      seen.add(run.resource)
      const known = result.get(run.resource)
      if (!known) {
        result.set(run.resource, { status: run.status, rows: run.rows, finishedAt: run.finishedAt, error: run.error })
        continue
      }
      known.rows += run.rows
      if (run.finishedAt && (!known.finishedAt || run.finishedAt > known.finishedAt)) known.finishedAt = run.finishedAt
      if (statusRank[run.status] > statusRank[known.status]) {
        known.status = run.status
        known.error = run.error ?? known.error
      }
    }
  }
  return result
}

/** One cabinet's sync that has ended: the final state of every run it had, in the usual resource order. */
export interface CabinetSyncResult {
  accountId: string
  runs: SyncProgress[]
  outcome: 'succeeded' | 'partial' | 'failed' | 'cancelled'
}

function outcomeOf(runs: readonly SyncProgress[]): CabinetSyncResult['outcome'] {
  const failed = runs.filter((run) => run.status === 'failed' || run.status === 'interrupted').length
  if (runs.some((run) => run.status === 'cancelled')) return 'cancelled'
  if (failed === 0) return 'succeeded'
  return failed === runs.length ? 'failed' : 'partial'
}

/**
 * Notices when a whole cabinet sync (all the runs main started for it at once) has ended. Runs are collected
 * from progress events; the sync is over once sync.status, fetched after the last event, says the cabinet
 * no longer runs. Dependent resources start only when others finish, so "no run is going" alone is not the end.
 */
export function createCabinetSyncTracker() {
  const sessions = new Map<string, { runs: Map<SyncResource, SyncProgress>; lastEventAt: number }>()

  return {
    record(progress: SyncProgress, change: ProgressChange, at: number): void {
      if (change === 'stale') return
      let session = sessions.get(progress.accountId)
      if (!session) sessions.set(progress.accountId, (session = { runs: new Map(), lastEventAt: at }))
      session.runs.set(progress.resource, progress)
      session.lastEventAt = Math.max(session.lastEventAt, at)
    },

    /** Ends and returns the sessions that sync.status (fetched at `fetchedAt`) shows are over. */
    settle(statuses: readonly AccountSyncStatus[], fetchedAt: number): CabinetSyncResult[] {
      const ended: CabinetSyncResult[] = []
      for (const [accountId, session] of sessions) {
        const status = statuses.find((candidate) => candidate.accountId === accountId)
        if (!status) {
          sessions.delete(accountId)
          continue
        }
        const runs = [...session.runs.values()]
        if (status.running || fetchedAt <= session.lastEventAt || runs.some((run) => run.status === 'running')) continue
        sessions.delete(accountId)
        // A resource the marketplace no longer lists goes last.
        const rank = (resource: SyncResource) => (status.resources.indexOf(resource) + 1 || Number.MAX_SAFE_INTEGER)
        runs.sort((a, b) => rank(a.resource) - rank(b.resource))
        ended.push({ accountId, runs, outcome: outcomeOf(runs) })
      }
      return ended
    }
  }
}
