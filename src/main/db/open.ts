import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema'

export type Drizzle = BetterSQLite3Database<typeof schema>

export interface Mirror {
  /** The raw connection, for prepared bulk statements and transactions. */
  sqlite: Database.Database
  db: Drizzle
  close(): void
}

export interface OpenMirrorOptions {
  dataDir: string
  migrationsDir: string
  nativeBinding?: string
  fileName?: string
}

/**
 * Opens the local mirror: WAL (readers never wait for the sync writer), NORMAL sync (the mirror can be
 * re-fetched; a power cut may roll back the last pages together with their cursors), foreign keys on,
 * then applies the committed drizzle-kit migrations.
 */
export function openMirror(options: OpenMirrorOptions): Mirror {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const file = mirrorFile(options)
  ownerOnly(file)
  const sqlite = connect(file, options.nativeBinding)
  try {
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`mirror database failed quick_check: ${String(check)}`)
    const db = drizzle(sqlite, { schema })
    migrate(db, { migrationsFolder: options.migrationsDir })
    return { sqlite, db, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * The mirror holds the seller's business data: readable by the owner only, whatever the folder's mode or the
 * umask. SQLite gives its -wal and -shm files the database file's mode; a mirror from an older version is
 * narrowed too.
 */
function ownerOnly(file: string): void {
  closeSync(openSync(file, 'a', 0o600))
  chmodSync(file, 0o600)
  for (const companion of [`${file}-wal`, `${file}-shm`]) if (existsSync(companion)) chmodSync(companion, 0o600)
}

export function mirrorFile(options: Pick<OpenMirrorOptions, 'dataDir' | 'fileName'>): string {
  return join(options.dataDir, options.fileName ?? 'mirror.sqlite')
}

/**
 * A second connection to a mirror that openMirror has already checked and migrated, with the same pragmas:
 * the page writer's, on its own thread.
 */
export function openMirrorConnection(file: string, nativeBinding?: string): Mirror {
  const sqlite = connect(file, nativeBinding)
  return { sqlite, db: drizzle(sqlite, { schema }), close: () => sqlite.close() }
}

function connect(file: string, nativeBinding: string | undefined): Database.Database {
  const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {})
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    return sqlite
  } catch (error) {
    sqlite.close()
    throw error
  }
}
