import type { SyncJobContext } from '../../sync/job'
import { joinPageWrites, type PageWrite } from '../../sync/page-write'
import type { ProviderDeps } from '../provider'
import { accountTokenKind, requireCategory } from './account-token'
import type { WbClient } from './client'
import type { WbRows } from './transport'
import { wbJobClient } from './job-client'
import { wbStatisticsPageCap } from './limits'
import { wbFeedCursor } from './statistics-types'
import { DAY_MS, moscowDateTime, moscowDateTimeToEpoch } from './time'

/** WB keeps a statistics row 90 days after the order (12-reports.yaml). */
const HISTORY_MS = 90 * DAY_MS

/**
 * A page stays bytes until it is read, 10,000 rows at a time: parsed whole, an 80,000-row page is a 120 MB string
 * and as many objects again. Rows are committed in slices of 40,000, each with its last row's lastChangeDate as
 * the cursor: WB answers rows changed at or after dateFrom, so resuming from a slice's end only repeats rows
 * already stored (upserted again). Larger commits are cheaper: each rewrites the index pages it touched.
 */
const READ_ROWS = 10_000
const SLICE_ROWS = 40_000

export interface StatisticsFeed<Row extends { lastChangeDate: string }> {
  fetch(client: WbClient, dateFrom: string): Promise<WbRows<Row>>
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
  let dateFrom = resumed.success ? resumed.data.dateFrom : moscowDateTime(deps.now() - HISTORY_MS)
  for (;;) {
    // Asked for once the page before is read and handed over: it downloads while the writer commits that page's
    // last slices, and two pages' bytes are never held at once.
    const page = await feed.fetch(client, dateFrom)
    const last = page.last()
    if (!last) return
    const rows = await commitPage(ctx, feed, deps.account.id, page)
    if (!isLater(last.lastChangeDate, dateFrom) || (basic && rows < wbStatisticsPageCap)) return
    dateFrom = last.lastChangeDate
  }
}

/** Commits a page slice by slice; returns its row count. */
async function commitPage<Row extends { lastChangeDate: string }>(
  ctx: SyncJobContext,
  feed: StatisticsFeed<Row>,
  accountId: string,
  page: WbRows<Row>
): Promise<number> {
  const syncedAt = new Date().toISOString()
  let rows = 0
  let slice: PageWrite[] = []
  let sliceRows = 0
  let sliceEnd = ''
  const commitSlice = async () => {
    const writes = slice
    slice = []
    sliceRows = 0
    await ctx.commitBulk(() => joinPageWrites(writes), { dateFrom: sliceEnd })
  }
  for (const run of page.runs(READ_ROWS)) {
    slice.push(feed.pageWrite(accountId, run, syncedAt))
    sliceEnd = run[run.length - 1]!.lastChangeDate
    sliceRows += run.length
    rows += run.length
    // A turn of the event loop between runs: the renderer's calls wait for one run's parse at most, not a slice's.
    if (sliceRows >= SLICE_ROWS) await commitSlice()
    else await new Promise((resolve) => setImmediate(resolve))
  }
  if (slice.length > 0) await commitSlice()
  return rows
}

function isLater(lastChangeDate: string, dateFrom: string): boolean {
  const last = moscowDateTimeToEpoch(lastChangeDate)
  const from = moscowDateTimeToEpoch(dateFrom)
  return last !== null && from !== null && last > from
}
