import type { Mirror } from '../../db/open'
import { recordCommittedPage } from '../../db/queries/sync-runs'
import { applyPageWrite } from '../page-write'
import type { PageCommit } from './protocol'

/**
 * Commits pages in one transaction, each with its cursor and its run's counters: after a crash the mirror
 * holds whole pages only, and every cursor points right after the last page of its resource that landed.
 * Returns the rows of each page.
 */
export function pageCommitter(mirror: Mirror): (pages: readonly PageCommit[]) => number[] {
  return mirror.sqlite.transaction((pages: readonly PageCommit[]) =>
    pages.map((page) => {
      const rows = applyPageWrite(mirror.sqlite, page.write)
      recordCommittedPage(mirror.db, { ...page, rows })
      return rows
    })
  )
}
