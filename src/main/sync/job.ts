import type { SyncResource } from '../../shared/domain/marketplace'
import type { Dataset } from '../../shared/domain/datasets'
import type { MirrorRead } from './mirror-access'
import type { PageWrite } from './page-write'

/** What the engine hands a provider's sync job for one run of one resource of one account. */
export interface SyncJobContext {
  readonly accountId: string
  readonly resource: SyncResource
  readonly signal: AbortSignal
  /** The cursor committed with the last whole page, or null when this resource never synced. */
  readonly cursor: unknown
  /**
   * Writes one fetched page and the cursor that follows it in a single transaction: after a crash the
   * mirror holds whole pages only, and the cursor points right after the last of them.
   */
  commitPage(write: PageWrite, nextCursor: unknown): void
  /**
   * commitPage for big pages (statistics feeds, cards): `build` maps the page to statement parameters on
   * this thread, and the page writer's thread commits it with its cursor while the job fetches the next.
   * Resolves when the writer has room for another page; pages commit in order, and the run ends only after
   * the last is committed. A job uses either this or commitPage, so its pages never race each other.
   */
  commitBulk(build: () => PageWrite, nextCursor: unknown): Promise<void>
  /** Reads the mirror (what earlier pages or other resources wrote), e.g. which sizes need stock. */
  read<Row>(query: MirrorRead): Row[]
  /** Every HTTP attempt, for the run's request count. */
  onRequest(): void
  /** A 429/420 the job got anyway and waited out. */
  onRateLimited(): void
  /** The job waits for rate budget until this time (epoch ms), or stopped waiting (null). */
  onWait(untilEpochMs: number | null): void
}

export interface SyncJob {
  /** Datasets this job writes; the renderer refreshes queries that read them after each page. */
  readonly changes: readonly Dataset[]
  run(ctx: SyncJobContext): Promise<void>
}

/** One resource a provider syncs, and the resources of the same account whose run must end first. */
export interface SyncResourceDeclaration {
  readonly id: SyncResource
  readonly dependsOn?: readonly SyncResource[]
}
