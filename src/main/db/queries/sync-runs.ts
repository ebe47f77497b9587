import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { SferaErrorPayload } from '../../../shared/domain/errors'
import type { SyncResource } from '../../../shared/domain/marketplace'
import type { SyncRunStatus, SyncRunSummary } from '../../../shared/domain/sync'
import type { Drizzle } from '../open'
import { syncCursors, syncRuns } from '../schema'

export function startRun(db: Drizzle, accountId: string, resource: SyncResource, startedAt: string): number {
  const row = db
    .insert(syncRuns)
    .values({ accountId, resource, status: 'running', startedAt })
    .returning({ id: syncRuns.id })
    .get()
  return row.id
}

function addRunProgress(db: Drizzle, runId: number, delta: { rows: number; pages: number; requests: number }): void {
  db.update(syncRuns)
    .set({
      rows: sql`${syncRuns.rows} + ${delta.rows}`,
      pages: sql`${syncRuns.pages} + ${delta.pages}`,
      requests: sql`${syncRuns.requests} + ${delta.requests}`
    })
    .where(eq(syncRuns.id, runId))
    .run()
}

export function finishRun(
  db: Drizzle,
  runId: number,
  outcome: {
    status: Exclude<SyncRunStatus, 'running'>
    finishedAt: string
    requests: number
    rateLimited: number
    error: SferaErrorPayload | null
  }
): void {
  db.update(syncRuns)
    .set({
      status: outcome.status,
      finishedAt: outcome.finishedAt,
      requests: outcome.requests,
      rateLimited: outcome.rateLimited,
      errorCode: outcome.error?.code ?? null,
      errorMessage: outcome.error?.message ?? null,
      errorParamsJson: outcome.error?.params ? JSON.stringify(outcome.error.params) : null
    })
    .where(eq(syncRuns.id, runId))
    .run()
}

/** Runs left 'running' by a crash or a killed app: they did not finish, and say so. */
export function markInterruptedRuns(db: Drizzle, finishedAt: string): number {
  return db
    .update(syncRuns)
    .set({ status: 'interrupted', finishedAt })
    .where(eq(syncRuns.status, 'running'))
    .run().changes
}

type RunRow = typeof syncRuns.$inferSelect

function toSummary(r: RunRow): SyncRunSummary {
  const error: SferaErrorPayload | null = r.errorCode
    ? {
        code: r.errorCode as SferaErrorPayload['code'],
        message: r.errorMessage ?? '',
        ...(r.errorParamsJson ? { params: JSON.parse(r.errorParamsJson) as SferaErrorPayload['params'] } : {})
      }
    : null
  return {
    runId: r.id,
    resource: r.resource as SyncResource,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    rows: r.rows,
    error
  }
}

/** The newest run of each resource per account. */
export function latestRuns(db: Drizzle, accountIds: string[]): Map<string, SyncRunSummary[]> {
  const result = new Map<string, SyncRunSummary[]>()
  if (accountIds.length === 0) return result
  const newest = db
    .select({ id: sql<number>`max(${syncRuns.id})`.as('id') })
    .from(syncRuns)
    .where(inArray(syncRuns.accountId, accountIds))
    .groupBy(syncRuns.accountId, syncRuns.resource)
    .all()
    .map((r) => r.id)
  if (newest.length === 0) return result
  const rows = db.select().from(syncRuns).where(inArray(syncRuns.id, newest)).orderBy(desc(syncRuns.id)).all()
  for (const row of rows) {
    const list = result.get(row.accountId) ?? []
    list.push(toSummary(row))
    result.set(row.accountId, list)
  }
  return result
}

export function lastSucceededAt(db: Drizzle, accountId: string): string | null {
  const row = db
    .select({ at: sql<string | null>`max(${syncRuns.finishedAt})` })
    .from(syncRuns)
    .where(and(eq(syncRuns.accountId, accountId), eq(syncRuns.status, 'succeeded')))
    .get()
  return row?.at ?? null
}

export function readCursor(db: Drizzle, accountId: string, resource: SyncResource): unknown | null {
  const row = db
    .select({ cursorJson: syncCursors.cursorJson })
    .from(syncCursors)
    .where(and(eq(syncCursors.accountId, accountId), eq(syncCursors.resource, resource)))
    .get()
  return row ? (JSON.parse(row.cursorJson) as unknown) : null
}

export function writeCursor(db: Drizzle, accountId: string, resource: SyncResource, cursor: unknown, updatedAt: string): void {
  const cursorJson = JSON.stringify(cursor)
  db.insert(syncCursors)
    .values({ accountId, resource, cursorJson, updatedAt })
    .onConflictDoUpdate({ target: [syncCursors.accountId, syncCursors.resource], set: { cursorJson, updatedAt } })
    .run()
}

/** Inside a page's transaction: the cursor moves past the page and its run counts it. */
export function recordCommittedPage(
  db: Drizzle,
  page: { runId: number; accountId: string; resource: SyncResource; nextCursor: unknown; committedAt: string; rows: number }
): void {
  writeCursor(db, page.accountId, page.resource, page.nextCursor, page.committedAt)
  addRunProgress(db, page.runId, { rows: page.rows, pages: 1, requests: 0 })
}
