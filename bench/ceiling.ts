import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openMirror } from '../src/main/db/open'
import { migrationsDir, tempDataDir } from '../src/test-support/temp'

/** Rows are read back in slices so a million of them never sit in memory at once; reads are not timed. */
const READ_SLICE = 50_000

export interface CeilingResult {
  /** Rows of each table inserted. */
  rows: Record<string, number>
  /** The insert loops and the commit, nothing else. */
  insertMs: number
}

/** The app's mirror, read-only, next to the core that keeps writing it. */
export function openMirrorReader(dataDir: string): Database.Database {
  return new Database(join(dataDir, 'mirror.sqlite'), { readonly: true, fileMustExist: true })
}

/**
 * What SQLite alone can do with exactly the rows the app wrote: a fresh mirror with the same migrations, one
 * prepared plain INSERT per table, every row in one transaction.
 */
export function measureCeiling(source: Database.Database, accountId: string, tables: readonly string[]): CeilingResult {
  const temp = tempDataDir()
  const target = openMirror({ dataDir: temp.dir, migrationsDir })
  try {
    copyAccountRow(source, target.sqlite, accountId)
    const rows: Record<string, number> = {}
    let insertMs = 0
    target.sqlite.exec('BEGIN')
    for (const table of tables) {
      const columns = columnNames(source, table)
      const insert = target.sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
      )
      // The unary plus keeps SQLite off the (account_id, …) primary-key index: each slice is then a rowid range
      // read, not a scan and sort of the whole table.
      const slice = source
        .prepare(`SELECT rowid, ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE +account_id = ? AND rowid > ? ORDER BY rowid LIMIT ?`)
        .raw()
      let afterRowid = 0
      let count = 0
      for (;;) {
        const batch = slice.all(accountId, afterRowid, READ_SLICE) as unknown[][]
        if (batch.length === 0) break
        afterRowid = batch[batch.length - 1]![0] as number
        const values = batch.map((row) => row.slice(1))
        const startedAt = performance.now()
        for (const row of values) insert.run(row)
        insertMs += performance.now() - startedAt
        count += batch.length
      }
      rows[table] = count
    }
    const commitStartedAt = performance.now()
    target.sqlite.exec('COMMIT')
    insertMs += performance.now() - commitStartedAt
    return { rows, insertMs }
  } finally {
    target.close()
    temp.cleanup()
  }
}

function columnNames(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[])
}

function copyAccountRow(source: Database.Database, target: Database.Database, accountId: string): void {
  const columns = columnNames(source, 'accounts')
  const row = source.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM accounts WHERE id = ?`).raw().get(accountId) as unknown[]
  target.prepare(`INSERT INTO accounts (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(row)
}
