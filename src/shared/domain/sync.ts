import type { SferaErrorPayload } from './errors'
import type { SyncResource } from './marketplace'

export type SyncRunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted'

export interface SyncProgress {
  runId: number
  accountId: string
  resource: SyncResource
  status: SyncRunStatus
  /** Rows written to the mirror by this run so far. */
  rows: number
  pages: number
  requests: number
  /** Rate-limit answers (429/420) the run got anyway and waited out. */
  rateLimited: number
  /** Epoch ms until which the run waits for rate budget; null when not waiting. */
  waitingUntil: number | null
  error: SferaErrorPayload | null
}

export interface SyncRunSummary {
  runId: number
  resource: SyncResource
  status: SyncRunStatus
  startedAt: string
  finishedAt: string | null
  rows: number
  error: SferaErrorPayload | null
}

export interface AccountSyncStatus {
  accountId: string
  /** What this cabinet's marketplace syncs, in the order it lists them. */
  resources: SyncResource[]
  running: boolean
  /** Last run of each resource, newest first. */
  lastRuns: SyncRunSummary[]
  /** Finish time of the last successful run of any resource. */
  lastSucceededAt: string | null
  /** The last run failed because the marketplace could not be reached. */
  offline: boolean
}
