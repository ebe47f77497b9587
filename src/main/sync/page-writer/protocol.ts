import type { SyncResource } from '../../../shared/domain/marketplace'
import type { PageWrite } from '../page-write'

/** What the page writer's thread needs to open its own connection to the mirror. */
export interface PageWriterInit {
  file: string
  nativeBinding?: string
}

/** One page, its cursor and the run's counters, committed together in one transaction. */
export interface PageCommit {
  runId: number
  accountId: string
  resource: SyncResource
  write: PageWrite
  nextCursor: unknown
  committedAt: string
}

export type PageWriterRequest = { kind: 'commit'; id: number; commit: PageCommit } | { kind: 'close' }

export type PageWriterReply = { id: number; rows: number } | { id: number; error: string }

/**
 * The writer commits small pages in groups of about this many rows: each commit writes every database page it
 * dirtied to the WAL, so fifty 100-card pages in one transaction take half the time of fifty transactions.
 */
export const GROUP_ROWS = 5_000
