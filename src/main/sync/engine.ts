import type { SferaErrorPayload } from '../../shared/domain/errors'
import { SferaError } from '../../shared/domain/errors'
import type { SyncResource } from '../../shared/domain/marketplace'
import type { AccountSyncStatus, SyncProgress, SyncRunStatus } from '../../shared/domain/sync'
import type { Mirror } from '../db/open'
import { listAccounts, type AccountRecord } from '../db/queries/accounts'
import {
  finishRun,
  lastSucceededAt,
  latestRuns,
  markInterruptedRuns,
  readCursor,
  recordCommittedPage,
  startRun
} from '../db/queries/sync-runs'
import type { EventHub } from '../events'
import type { Logger } from '../log'
import type { SyncJob, SyncJobContext, SyncResourceDeclaration } from './job'
import { readMirror } from './mirror-access'
import { applyPageWrite, type PageWrite } from './page-write'
import type { PageWriter } from './page-writer/page-writer'
import { GROUP_ROWS } from './page-writer/protocol'
import { PagesInFlight } from './pages-in-flight'
import { offlineErrorCodes } from '../../shared/domain/errors'

export interface SyncEngineDeps {
  mirror: Mirror
  /** Commits bulk pages on its own thread (SyncJobContext.commitBulk). */
  pageWriter: PageWriter
  events: EventHub
  log: Logger
  now?: () => Date
  /** Builds the job that syncs one resource of one account; throws SferaError when it cannot. */
  jobFor(account: AccountRecord, resource: SyncResource): SyncJob
  /** What the account's provider declares it syncs. */
  resourcesOf(account: AccountRecord): readonly SyncResourceDeclaration[]
}

/** Rows of small bulk pages a run may have waiting: the writer's next group fills while it commits one. */
const BULK_ROWS_IN_FLIGHT = 2 * GROUP_ROWS

interface ActiveSync {
  controller: AbortController
  done: Promise<void>
}

/**
 * Runs sync jobs per account and resource, records each run, commits every page with its cursor in one
 * transaction and pushes progress. One sync per account at a time; accounts sync independently.
 */
export class SyncEngine {
  private readonly active = new Map<string, ActiveSync>()
  private readonly now: () => Date

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? (() => new Date())
  }

  /** A previous process died mid-sync: its runs are 'interrupted'; their cursors make the next sync resume. */
  recoverInterruptedRuns(): number {
    return markInterruptedRuns(this.deps.mirror.db, this.now().toISOString())
  }

  isRunning(accountId: string): boolean {
    return this.active.has(accountId)
  }

  /** Throws SferaError invalid_input for a resource the account's marketplace does not have. */
  start(account: AccountRecord, resources?: readonly SyncResource[]): { started: boolean } {
    const declared = new Map(this.deps.resourcesOf(account).map((declaration) => [declaration.id, declaration]))
    const unknown = (resources ?? []).filter((resource) => !declared.has(resource))
    if (unknown.length > 0) {
      throw new SferaError('invalid_input', `У этого маркетплейса нет разделов ${unknown.join(', ')}`, {
        field: 'resources',
        unknown: unknown.join(',')
      })
    }
    if (this.active.has(account.id)) return { started: false }
    const wanted = resources ?? [...declared.keys()]
    const controller = new AbortController()
    const runs = new Map<SyncResource, Promise<void>>()
    // Resources run in parallel (each method group has its own budget), after the resources they depend on.
    const schedule = (resource: SyncResource): Promise<void> => {
      const scheduled = runs.get(resource)
      if (scheduled) return scheduled
      const job = this.buildJob(account, resource)
      const before = (declared.get(resource)?.dependsOn ?? []).filter((r) => wanted.includes(r))
      const run = Promise.allSettled(before.map(schedule)).then(() => this.runResource(account, resource, job, controller.signal))
      runs.set(resource, run)
      return run
    }
    const done = Promise.all(wanted.map(schedule))
      .then(() => undefined)
      .finally(() => {
        this.active.delete(account.id)
        this.deps.events.datasetsChanged(['sync'])
      })
    this.active.set(account.id, { controller, done })
    return { started: true }
  }

  /** Every resource of every cabinet not syncing already; returns how many cabinets started. */
  startAll(): number {
    return listAccounts(this.deps.mirror.db).filter((account) => this.start(account).started).length
  }

  cancel(accountId: string): boolean {
    const sync = this.active.get(accountId)
    if (!sync) return false
    sync.controller.abort()
    return true
  }

  /** Resolves when the account's current sync (if any) has ended. */
  async whenIdle(accountId: string): Promise<void> {
    await this.active.get(accountId)?.done
  }

  status(): AccountSyncStatus[] {
    const db = this.deps.mirror.db
    const accounts = listAccounts(db)
    const runs = latestRuns(
      db,
      accounts.map((a) => a.id)
    )
    return accounts.map((account) => {
      const lastRuns = runs.get(account.id) ?? []
      const newest = lastRuns[0]
      return {
        accountId: account.id,
        resources: this.deps.resourcesOf(account).map((declaration) => declaration.id),
        running: this.active.has(account.id),
        lastRuns,
        lastSucceededAt: lastSucceededAt(db, account.id),
        offline: newest?.status === 'failed' && newest.error !== null && offlineErrorCodes.has(newest.error.code)
      }
    })
  }

  async close(): Promise<void> {
    const running = [...this.active.values()]
    for (const sync of running) sync.controller.abort()
    await Promise.allSettled(running.map((s) => s.done))
  }

  private buildJob(account: AccountRecord, resource: SyncResource): SyncJob | SferaError {
    try {
      return this.deps.jobFor(account, resource)
    } catch (caught) {
      return toSferaError(caught, new AbortController().signal)
    }
  }

  private async runResource(account: AccountRecord, resource: SyncResource, job: SyncJob | SferaError, signal: AbortSignal): Promise<void> {
    const { mirror, events, log } = this.deps
    const runId = startRun(mirror.db, account.id, resource, this.now().toISOString())
    events.datasetsChanged(['sync'])
    const progress: SyncProgress = {
      runId,
      accountId: account.id,
      resource,
      status: 'running',
      rows: 0,
      pages: 0,
      requests: 0,
      rateLimited: 0,
      waitingUntil: null,
      error: null
    }
    const publish = () => events.emit('sync.progress', { ...progress })
    publish()

    let status: Exclude<SyncRunStatus, 'running'> = 'succeeded'
    let error: SferaErrorPayload | null = null
    const bulkPages = new PagesInFlight(BULK_ROWS_IN_FLIGHT)
    try {
      if (job instanceof SferaError) throw job
      if (signal.aborted) throw new SferaError('cancelled', 'Синхронизация отменена')
      const ctx = this.jobContext(account, resource, runId, signal, job, progress, publish, bulkPages)
      await job.run(ctx)
      await bulkPages.flush()
    } catch (caught) {
      const failure = toSferaError(caught, signal)
      status = failure.code === 'cancelled' ? 'cancelled' : 'failed'
      error = failure.toPayload()
      if (failure.code === 'internal') log.error('sync failed', { accountId: account.id, resource, error: String(caught) })
      else log.warn('sync stopped', { accountId: account.id, resource, code: failure.code })
      // The run is recorded after the pages already handed to the writer: its counters must include them.
      await bulkPages.flush().catch(() => undefined)
    }
    finishRun(mirror.db, runId, {
      status,
      finishedAt: this.now().toISOString(),
      requests: progress.requests,
      rateLimited: progress.rateLimited,
      error
    })
    progress.status = status
    progress.error = error
    progress.waitingUntil = null
    publish()
  }

  private jobContext(
    account: AccountRecord,
    resource: SyncResource,
    runId: number,
    signal: AbortSignal,
    job: SyncJob,
    progress: SyncProgress,
    publish: () => void,
    bulkPages: PagesInFlight
  ): SyncJobContext {
    const { mirror, events, pageWriter } = this.deps
    const commit = mirror.sqlite.transaction((write: PageWrite, nextCursor: unknown) => {
      const rows = applyPageWrite(mirror.sqlite, write)
      recordCommittedPage(mirror.db, { runId, accountId: account.id, resource, nextCursor, committedAt: this.now().toISOString(), rows })
      return rows
    })
    const committed = (rows: number) => {
      progress.rows += rows
      progress.pages += 1
      events.datasetsChanged([...job.changes, 'sync'])
      publish()
    }
    return {
      accountId: account.id,
      resource,
      signal,
      cursor: readCursor(mirror.db, account.id, resource),
      commitPage: (write, nextCursor) => {
        if (signal.aborted) throw new SferaError('cancelled', 'Синхронизация отменена')
        committed(commit(write, nextCursor))
      },
      commitBulk: async (build, nextCursor) => {
        // A macrotask turn first: a request the job has already started (the next cards page) goes out before
        // this thread spends its time mapping the page.
        await new Promise((resolve) => setImmediate(resolve))
        await bulkPages.room()
        if (signal.aborted) throw new SferaError('cancelled', 'Синхронизация отменена')
        const write = build()
        const page = pageWriter.commit({ runId, accountId: account.id, resource, write, nextCursor, committedAt: this.now().toISOString() })
        bulkPages.add(page.then(committed), write.rows)
      },
      read: (query) => readMirror(mirror.sqlite, query),
      onRequest: () => {
        progress.requests += 1
      },
      onRateLimited: () => {
        progress.rateLimited += 1
      },
      onWait: (until) => {
        progress.waitingUntil = until
        publish()
      }
    }
  }
}

function toSferaError(caught: unknown, signal: AbortSignal): SferaError {
  if (caught instanceof SferaError) return caught
  if (signal.aborted) return new SferaError('cancelled', 'Синхронизация отменена')
  return new SferaError('internal', 'Внутренняя ошибка синхронизации')
}
