import { openMirror, type Mirror } from '../main/db/open'
import { migrationsDir, tempDataDir } from './temp'

export interface TempOzonMirror {
  mirror: Mirror
  /** Every row the query returns. */
  rows(sql: string): unknown[]
  /** Closes the mirror and removes its temp folder. */
  close(): void
}

/** A migrated mirror in a temp folder holding one Ozon cabinet, `accountId`, for tests of what a page writes. */
export function openTempOzonMirror(accountId = 'a'): TempOzonMirror {
  const temp = tempDataDir()
  const mirror = openMirror({ dataDir: temp.dir, migrationsDir })
  mirror.sqlite
    .prepare("INSERT INTO accounts (id, marketplace, name, created_at, updated_at) VALUES (?, 'ozon', 'Озон', 'x', 'x')")
    .run(accountId)
  return {
    mirror,
    rows: (sql) => mirror.sqlite.prepare(sql).all(),
    close() {
      mirror.close()
      temp.cleanup()
    }
  }
}
