import type Database from 'better-sqlite3'
import { prepared } from '../db/prepared'

/**
 * A page as parameter rows of prepared statements. It is plain data, so the main thread can build it and
 * the page writer's thread can run it: the write needs no provider code there.
 */
export interface PageWrite {
  /** Run in order, each statement once per parameter row. */
  steps: ReadonlyArray<{ sql: string; params: ReadonlyArray<readonly unknown[]> }>
  /** Rows the page adds to the run's count; a write outside a sync run (a supply action, moved media) counts none. */
  rows: number
}

/** A boolean as a statement parameter: SQLite has no booleans and better-sqlite3 binds none. */
export function flag(value: boolean): 0 | 1 {
  return value ? 1 : 0
}

/** A page that writes nothing: committing it moves the cursor only. */
export const emptyPageWrite: PageWrite = { steps: [], rows: 0 }

/** Pages written one after the other, as one. */
export function joinPageWrites(writes: readonly PageWrite[]): PageWrite {
  return { steps: writes.flatMap((write) => write.steps), rows: writes.reduce((total, write) => total + write.rows, 0) }
}

/** Runs a page's statements on a connection; the caller wraps it in a transaction (a sync run's also moves the cursor). */
export function applyPageWrite(sqlite: Database.Database, write: PageWrite): number {
  for (const step of write.steps) {
    const statement = prepared(sqlite, step.sql)
    for (const params of step.params) statement.run(params)
  }
  return write.rows
}
