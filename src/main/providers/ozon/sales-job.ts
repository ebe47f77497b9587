import { z } from 'zod'
import type { SyncJob, SyncJobContext } from '../../sync/job'
import { emptyPageWrite } from '../../sync/page-write'
import type { ProviderDeps } from '../provider'
import { ozonFinanceJobClient, type OzonFinanceClient, type OzonFinancePeriod } from './finance-client'
import { postingLineId } from './orders-store'
import { mirroredLines, mirroredSkus, salesPageWrite, settlementCurrency, type MirroredLine, type MirroredSku } from './sales-store'
import { DAY_MS } from './time'

/** As deep as Wildberries' sales go back (its statistics keep 90 days), so both marketplaces show the same span. */
const HISTORY_MS = 90 * DAY_MS
/**
 * Ozon answers at most a month per request. 28 days is the shortest month, so no window is longer than a month
 * however Ozon counts one.
 */
const WINDOW_MS = 28 * DAY_MS
/** Ozon books some operations days after their date (a return's accrual, a corrected one): a week is read again. */
const LATE_OPERATIONS_MS = 7 * DAY_MS

const period = z.object({ from: z.string(), to: z.string() })

/**
 * A run's windows are planned when it starts, newest first, and kept in the cursor with the page of the current
 * one, so a resumed run asks for the same pages. Between runs the cursor keeps when the last complete run started.
 */
const salesCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('running'), until: z.number().int(), windows: z.array(period), window: z.number().int().nonnegative(), page: z.number().int().positive() }),
  z.object({ stage: z.literal('idle'), syncedUntil: z.number().int() })
])
type SalesCursor = z.infer<typeof salesCursor>
type Running = Extract<SalesCursor, { stage: 'running' }>

/**
 * Ozon's finance operations, walking back from now over 90 days (later runs: since the last run, a week again),
 * a month-long window at a time, page by page. Ozon asks for these requests one after another, never side by
 * side (the method's description), which one job's loop does. Sales and returns become neutral sales rows linked
 * to their order lines, in the currency /v1/seller/info names; every operation keeps its charges in
 * ozon_sale_details.
 */
export function salesJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['sales'],
    async run(ctx) {
      const client = await ozonFinanceJobClient(deps, ctx)
      const currency = settlementCurrency((await client.sellerInfo()).company?.currency ?? '')
      let position = startingCursor(ctx.cursor, deps.now())
      while (position.window < position.windows.length) position = await syncPage(ctx, client, accountId, currency, position)
      ctx.commitPage(emptyPageWrite, { stage: 'idle', syncedUntil: position.until } satisfies SalesCursor)
    }
  }
}

/** Windows of at most WINDOW_MS from `to` back to `oldest`, newest first. */
function financeWindows(oldest: number, to: number): OzonFinancePeriod[] {
  const windows: OzonFinancePeriod[] = []
  for (let end = to; end > oldest; end -= WINDOW_MS) {
    windows.push({ from: new Date(Math.max(oldest, end - WINDOW_MS)).toISOString(), to: new Date(end).toISOString() })
  }
  return windows
}

function startingCursor(stored: unknown, now: number): Running {
  const parsed = salesCursor.safeParse(stored)
  const previous = parsed.success ? parsed.data : null
  if (previous?.stage === 'running') return previous
  const oldest = Math.max(now - HISTORY_MS, previous ? previous.syncedUntil - LATE_OPERATIONS_MS : -Infinity)
  return { stage: 'running', until: now, windows: financeWindows(oldest, now), window: 0, page: 1 }
}

/** One page of the current window, committed with where the run goes on: the next page, or the next window. */
async function syncPage(ctx: SyncJobContext, client: OzonFinanceClient, accountId: string, currency: string, position: Running): Promise<Running> {
  const answer = await client.transactions(position.windows[position.window]!, position.page)
  const operations = answer.result.operations ?? []
  // An empty page ends the window whatever page_count says, or a count that does not shrink would never end it.
  const more = operations.length > 0 && position.page < (answer.result.page_count ?? 0)
  const next: Running = more ? { ...position, page: position.page + 1 } : { ...position, window: position.window + 1, page: 1 }
  const lineIds = [
    ...new Set(
      operations.flatMap((op) => {
        const postingNumber = op.posting?.posting_number ?? ''
        return postingNumber === '' ? [] : (op.items ?? []).map((item) => postingLineId(postingNumber, item.sku))
      })
    )
  ]
  const skus = [...new Set(operations.flatMap((op) => (op.items ?? []).map((item) => item.sku)))]
  const lines = lineIds.length > 0 ? ctx.read<MirroredLine>(mirroredLines(accountId, lineIds)) : []
  const products = skus.length > 0 ? ctx.read<MirroredSku>(mirroredSkus(accountId, skus)) : []
  const write = salesPageWrite(
    accountId,
    operations,
    new Map(lines.map((line) => [line.lineId, line])),
    new Map(products.map((product) => [product.sku, product])),
    currency,
    new Date().toISOString()
  )
  ctx.commitPage(write, next)
  return next
}
