import type Database from 'better-sqlite3'
import { prepared } from '../db/prepared'
import { applyPageWrite, type PageWrite } from './page-write'

/**
 * A query of the mirror as plain data, the read side of a PageWrite: a provider says what it needs to know and
 * whoever holds the mirror runs it, so providers never touch a connection.
 */
export interface MirrorRead {
  sql: string
  params: readonly unknown[]
}

/**
 * The mirror as a provider's write capability sees it: reads and writes as plain data. A second storage engine is
 * a second implementation of this, and no provider changes.
 */
export interface MirrorAccess {
  read<Row>(query: MirrorRead): Row[]
  /** Runs the write's statements in one transaction. */
  write(page: PageWrite): void
}

/** Runs a read on a connection; rows come back as records named by the query's columns. */
export function readMirror<Row>(sqlite: Database.Database, query: MirrorRead): Row[] {
  return prepared(sqlite, query.sql).all(query.params) as Row[]
}

export function sqliteMirrorAccess(sqlite: Database.Database): MirrorAccess {
  const write = sqlite.transaction((page: PageWrite) => {
    applyPageWrite(sqlite, page)
  })
  return { read: (query) => readMirror(sqlite, query), write }
}
