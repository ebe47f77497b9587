import type { SyncJobContext } from '../../sync/job'
import { prefetch } from '../../sync/prefetch'
import type { PageWrite } from '../../sync/page-write'
import type { ProviderDeps } from '../provider'
import { accountTokenKind, requireCategory } from './account-token'
import type { WbClient } from './client'
import { wbJobClient } from './job-client'
import { wbStatisticsPageCap } from './limits'
import { wbFeedCursor } from './statistics-types'
import { DAY_MS, moscowDateTime, moscowDateTimeToEpoch } from './time'

/** WB keeps a statistics row 90 days after the order (12-reports.yaml). */
const HISTORY_MS = 90 * DAY_MS

/**
 * A page is committed in slices, each with its last row's lastChangeDate as the cursor: WB answers rows changed at
 * or after dateFrom, so resuming from a slice's end only repeats rows already stored (upserted again). The writer
 * then holds 40,000 rows at a time, not 80,000, and a crash loses at most a slice of work.
 */
const SLICE_ROWS = 40_000

export interface StatisticsFeed<Row extends { lastChangeDate: string }> {
  fetch(client: WbClient, dateFrom: string): Promise<Row[]>
  pageWrite(accountId: string, rows: readonly Row[], syncedAt: string): PageWrite
}

/**
 * Reads a statistics feed from where the last page ended: each request's dateFrom is the lastChangeDate of the
 * previous page's last row (Moscow time), rows seen twice are upserted, and an empty page ends the run. WB
 * returns rows changed at or after dateFrom, so a page with nothing newer than dateFrom ends it too.
 * A basic token may ask once in 2–3 hours: there a page under WB's 80 000-row cap is taken as the last.
 */
export async function runStatisticsFeed<Row extends { lastChangeDate: string }>(
  deps: ProviderDeps,
  ctx: SyncJobContext,
  feed: StatisticsFeed<Row>
): Promise<void> {
  requireCategory(deps.account, 'statistics')
  const client = await wbJobClient(deps, ctx)
  const basic = accountTokenKind(deps.account) === 'basic'
  const resumed = wbFeedCursor.safeParse(ctx.cursor)
  let dateFrom = resumed.success ? resumed.data.dateFrom : moscowDateTime(Date.now() - HISTORY_MS)
  let pending = prefetch(() => feed.fetch(client, dateFrom))
  for (;;) {
    const rows = await pending
    const last = rows[rows.length - 1]
    if (!last) return
    const more = isLater(last.lastChangeDate, dateFrom) && !(basic && rows.length < wbStatisticsPageCap)
    if (more) pending = prefetch(() => feed.fetch(client, last.lastChangeDate))
    const syncedAt = new Date().toISOString()
    while (rows.length > 0) {
      // Taken out of the page, so a slice handed to the writer is garbage here while the next page downloads.
      const slice = rows.splice(0, SLICE_ROWS)
      const sliceEnd = slice[slice.length - 1]!.lastChangeDate
      await ctx.commitBulk(() => feed.pageWrite(deps.account.id, slice, syncedAt), { dateFrom: sliceEnd })
    }
    if (!more) return
    dateFrom = last.lastChangeDate
  }
}

function isLater(lastChangeDate: string, dateFrom: string): boolean {
  const last = moscowDateTimeToEpoch(lastChangeDate)
  const from = moscowDateTimeToEpoch(dateFrom)
  return last !== null && from !== null && last > from
}
