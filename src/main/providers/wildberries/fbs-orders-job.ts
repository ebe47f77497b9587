import { z } from 'zod'
import type { SyncJob, SyncJobContext } from '../../sync/job'
import { emptyPageWrite } from '../../sync/page-write'
import type { ProviderDeps } from '../provider'
import { requireCategory } from './account-token'
import type { WbClient } from './client'
import { fbsOrderStatusesPageWrite, fbsOrdersPageWrite, openFbsOrdersAfter } from './fbs-orders-store'
import { wbJobClient } from './job-client'
import { wbOrdersPageLimit } from './limits'
import { DAY_MS, unixSeconds } from './time'

const DAY_S = DAY_MS / 1000
/** WB answers orders created in the last 3 months, at most 30 days per request (03-orders-fbs.yaml L428). */
const HISTORY_S = 90 * DAY_S
const WINDOW_S = 30 * DAY_S
/** Orders of the last 30 days still get a supply or a scan price; older ones are settled. */
const REFETCH_S = 30 * DAY_S

/**
 * `until` is when the run started (Unix seconds): its windows end there, so a resumed run asks for the same ones.
 * Between runs the cursor keeps how far the last complete run got.
 */
const fbsOrdersCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('orders'), until: z.number().int(), windowStart: z.number().int(), next: z.number().int() }),
  z.object({ stage: z.literal('statuses'), until: z.number().int(), afterOrderId: z.number().int() }),
  z.object({ stage: z.literal('idle'), syncedUntil: z.number().int() })
])
type FbsOrdersCursor = z.infer<typeof fbsOrdersCursor>

/**
 * FBS assembly tasks: the order list in 30-day windows over the last 90 days (later runs from 30 days before
 * the last run), the new-orders list, then the statuses of every order that can still change, 1000 at a time.
 */
export function fbsOrdersJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['orders'],
    async run(ctx) {
      requireCategory(deps.account, 'marketplace')
      const client = await wbJobClient(deps, ctx)
      let cursor = startingCursor(ctx.cursor, unixSeconds(deps.now()))
      if (cursor.stage === 'orders') cursor = await syncOrderWindows(ctx, client, accountId, cursor)
      await syncStatuses(ctx, client, accountId, cursor)
      ctx.commitPage(emptyPageWrite, { stage: 'idle', syncedUntil: cursor.until } satisfies FbsOrdersCursor)
    }
  }
}

type OrdersStage = Extract<FbsOrdersCursor, { stage: 'orders' }>
type StatusesStage = Extract<FbsOrdersCursor, { stage: 'statuses' }>

function startingCursor(stored: unknown, now: number): OrdersStage | StatusesStage {
  const parsed = fbsOrdersCursor.safeParse(stored)
  const previous = parsed.success ? parsed.data : null
  const oldest = now - HISTORY_S
  if (previous?.stage === 'statuses') return previous
  // A run interrupted long ago resumes within what WB still serves (it refuses windows older than 3 months).
  if (previous?.stage === 'orders') {
    return previous.windowStart >= oldest ? previous : { ...previous, windowStart: oldest, next: 0 }
  }
  const windowStart = previous ? Math.max(oldest, Math.min(previous.syncedUntil, now) - REFETCH_S) : oldest
  return { stage: 'orders', until: now, windowStart, next: 0 }
}

async function syncOrderWindows(ctx: SyncJobContext, client: WbClient, accountId: string, start: OrdersStage): Promise<StatusesStage> {
  let cursor = start
  const { until } = cursor
  while (cursor.windowStart < until) {
    const { windowStart, next } = cursor
    const windowEnd = Math.min(windowStart + WINDOW_S, until)
    // Both bounds are inclusive: the window stops a second short of where the next one starts.
    const dateTo = windowEnd === until ? until : windowEnd - 1
    const page = await client.listOrders({ limit: wbOrdersPageLimit, next, dateFrom: windowStart, dateTo })
    const windowDone = page.orders.length < wbOrdersPageLimit
    const after: OrdersStage = windowDone
      ? { stage: 'orders', until, windowStart: windowEnd, next: 0 }
      : { stage: 'orders', until, windowStart, next: page.next }
    const syncedAt = new Date().toISOString()
    ctx.commitPage(fbsOrdersPageWrite(accountId, page.orders, 'list', syncedAt), after)
    cursor = after
  }
  const newOrders = await client.listNewOrders()
  const statuses: StatusesStage = { stage: 'statuses', until, afterOrderId: 0 }
  const syncedAt = new Date().toISOString()
  ctx.commitPage(fbsOrdersPageWrite(accountId, newOrders, 'new', syncedAt), statuses)
  return statuses
}

async function syncStatuses(ctx: SyncJobContext, client: WbClient, accountId: string, start: StatusesStage): Promise<void> {
  const { until } = start
  const openOrderIds = (afterOrderId: number) => ctx.read<{ orderId: number }>(openFbsOrdersAfter(accountId, afterOrderId)).map((row) => row.orderId)
  let orderIds = openOrderIds(start.afterOrderId)
  while (orderIds.length > 0) {
    const statuses = await client.orderStatuses(orderIds)
    const after: StatusesStage = { stage: 'statuses', until, afterOrderId: orderIds[orderIds.length - 1] ?? 0 }
    const syncedAt = new Date().toISOString()
    ctx.commitPage(fbsOrderStatusesPageWrite(accountId, statuses, syncedAt), after)
    orderIds = openOrderIds(after.afterOrderId)
  }
}
