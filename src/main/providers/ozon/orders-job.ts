import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import { emptyPageWrite } from '../../sync/page-write'
import { prefetch } from '../../sync/prefetch'
import type { ProviderDeps } from '../provider'
import type { OzonClient } from './client'
import { ozonJobClient } from './job-client'
import { fboPostingRecord, fbsPostingRecord, postingsPageWrite, productOfOffers, type OzonPostingRecord } from './orders-store'
import { DAY_MS, filterInstant } from './time'

/** Both lists refuse a period longer than a year (PERIOD_IS_TOO_LONG). */
const HISTORY_MS = 365 * DAY_MS
/** A posting can reach the list with a processing start a little before the last run ended. */
const NEW_POSTINGS_OVERLAP_MS = DAY_MS
/**
 * The FBO list has no changed-since filter: the postings of the last 30 days, which may still be on their way,
 * are read again. FBS asks for the postings whose status changed since the last run instead.
 */
const FBO_REFETCH_MS = 30 * DAY_MS

const pass = z.object({
  list: z.enum(['fbs', 'fbo']),
  since: z.string(),
  to: z.string(),
  statusChangedSince: z.string().optional()
})
type Pass = z.infer<typeof pass>

/**
 * A run's passes (a list and a period each) are planned when it starts and kept in the cursor with Ozon's cursor
 * in the current pass, so a resumed run asks for the same pages. Between runs the cursor keeps when the last
 * complete run started.
 */
const ordersCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('running'), until: z.number().int(), passes: z.array(pass), pass: z.number().int().nonnegative(), cursor: z.string() }),
  z.object({ stage: z.literal('idle'), syncedUntil: z.number().int() })
])
type OrdersCursor = z.infer<typeof ordersCursor>
type Running = Extract<OrdersCursor, { stage: 'running' }>

/**
 * FBS/rFBS and FBO postings, one order row per posting line. The first run reads the last year of both lists;
 * later runs read FBS postings started since the last run and those whose status changed since, and the FBO
 * postings of the last 30 days. Each page of 100 is committed with its position.
 */
export function ordersJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['orders'],
    async run(ctx) {
      const client = await ozonJobClient(deps, ctx)
      let position = startingCursor(ctx.cursor, deps.now())
      let pending = fetchPage(client, position)
      while (position.pass < position.passes.length) {
        const page = await pending
        const next = positionAfter(position, page)
        // The next page is asked for (its cursor is in this answer) while this one is written.
        if (next.pass < next.passes.length) pending = fetchPage(client, next)
        const productOfOffer = productOfOffers(ctx, accountId, page.records)
        ctx.commitPage(postingsPageWrite(accountId, page.records, productOfOffer, new Date().toISOString()), next)
        position = next
      }
      ctx.commitPage(emptyPageWrite, { stage: 'idle', syncedUntil: position.until } satisfies OrdersCursor)
    }
  }
}

function startingCursor(stored: unknown, now: number): Running {
  const parsed = ordersCursor.safeParse(stored)
  const previous = parsed.success ? parsed.data : null
  if (previous?.stage === 'running') return previous
  const to = filterInstant(now)
  const oldest = now - HISTORY_MS
  const since = (ms: number) => filterInstant(Math.max(oldest, ms))
  const passes: Pass[] = previous
    ? [
        { list: 'fbs', since: since(previous.syncedUntil - NEW_POSTINGS_OVERLAP_MS), to },
        { list: 'fbs', since: since(oldest), to, statusChangedSince: since(previous.syncedUntil - NEW_POSTINGS_OVERLAP_MS) },
        { list: 'fbo', since: since(previous.syncedUntil - FBO_REFETCH_MS), to }
      ]
    : [
        { list: 'fbs', since: since(oldest), to },
        { list: 'fbo', since: since(oldest), to }
      ]
  return { stage: 'running', until: now, passes, pass: 0, cursor: '' }
}

type PostingsPage = Awaited<ReturnType<typeof postingsPage>>

function fetchPage(client: OzonClient, position: Running): Promise<PostingsPage> {
  return prefetch(() => postingsPage(client, position.passes[position.pass]!, position.cursor))
}

/** Where the run goes on after a page of the current pass: the next page, or the next pass. */
function positionAfter(position: Running, page: PostingsPage): Running {
  // A cursor that does not move would ask for the same page for ever.
  const more = page.hasNext && page.cursor !== '' && page.cursor !== position.cursor
  return more ? { ...position, cursor: page.cursor } : { ...position, pass: position.pass + 1, cursor: '' }
}

async function postingsPage(client: OzonClient, current: Pass, cursor: string): Promise<{ records: OzonPostingRecord[]; cursor: string; hasNext: boolean }> {
  const window = { since: current.since, to: current.to, ...(current.statusChangedSince ? { statusChangedSince: current.statusChangedSince } : {}) }
  if (current.list === 'fbs') {
    const page = await client.fbsPostings(window, cursor)
    return { records: (page.postings ?? []).map(fbsPostingRecord), cursor: page.cursor, hasNext: page.has_next === true }
  }
  const page = await client.fboPostings(window, cursor)
  return { records: (page.postings ?? []).map(fboPostingRecord), cursor: page.cursor, hasNext: page.has_next === true }
}
