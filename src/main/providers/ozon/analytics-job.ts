import { z } from 'zod'
import { SferaError } from '../../../shared/domain/errors'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { analyticsPageWrite, freeAnalyticsMetrics, premiumAnalyticsMetrics } from './analytics-store'
import { OZON_SERVICE } from './errors'
import { ozonFinanceJobClient, ozonFinanceRoutes } from './finance-client'
import { ozonAnalyticsPageLimit } from './limits'
import { DAY_MS, moscowDay } from './time'

/** Without Premium Ozon gives the last three months: 89 days are inside them however months are counted. */
const HISTORY_DAYS = 89
/** Cancellations and returns land on the day of the order, weeks later: the last 30 days are read again. */
const REREAD_DAYS = 30

const analyticsCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('running'), dateFrom: z.string(), dateTo: z.string(), premium: z.boolean(), refused: z.boolean(), offset: z.number().int().nonnegative() }),
  z.object({ stage: z.literal('idle'), syncedDay: z.string() })
])
type AnalyticsCursor = z.infer<typeof analyticsCursor>
type Running = Extract<AnalyticsCursor, { stage: 'running' }>

const dayMinus = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)

/**
 * The spec does not say how Ozon refuses a metric outside the seller's subscription: a permission refusal of this
 * method that is not about the key (its roles, IP addresses, the offer) is taken for it.
 */
function isPremiumRefusal(error: unknown): boolean {
  return error instanceof SferaError && error.code === 'access_denied' && error.params?.reason === undefined
}

/**
 * Ozon's analytics per SKU and Moscow day (revenue, ordered units and, with Premium, returns and cancellations),
 * one request a minute, 1000 rows a page by offset, each page committed with its offset. Should Ozon refuse the
 * Premium metrics all the same, the run keeps what every seller gets and ends telling the seller so, which fails
 * this resource alone.
 */
export function analyticsJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['sales'],
    async run(ctx) {
      const client = await ozonFinanceJobClient(deps, ctx)
      let position = await startingCursor(ctx.cursor, deps.now(), async () => (await client.sellerInfo()).subscription?.is_premium === true)
      for (;;) {
        const metrics = position.premium ? premiumAnalyticsMetrics : freeAnalyticsMetrics
        let page
        try {
          page = await client.analytics({ dateFrom: position.dateFrom, dateTo: position.dateTo, metrics, offset: position.offset })
        } catch (error) {
          if (!position.premium || !isPremiumRefusal(error)) throw error
          position = { ...position, premium: false, refused: true }
          continue
        }
        const rows = page.result.data ?? []
        const write = analyticsPageWrite(accountId, rows, position.premium, new Date().toISOString())
        if (rows.length < ozonAnalyticsPageLimit) {
          ctx.commitPage(write, { stage: 'idle', syncedDay: position.dateTo } satisfies AnalyticsCursor)
          break
        }
        position = { ...position, offset: position.offset + rows.length }
        ctx.commitPage(write, position)
      }
      if (position.refused) {
        throw new SferaError(
          'access_denied',
          'Возвраты и отмены в аналитике Ozon доступны только с подпиской Premium Plus или Premium Pro: выручка и заказанные товары за последние 3 месяца загружены',
          { service: OZON_SERVICE, reason: 'premium_required', method: ozonFinanceRoutes.analytics.path }
        )
      }
    }
  }
}

/** A run asks for the Premium metrics when /v1/seller/info says the seller has Premium, and for the free ones otherwise. */
async function startingCursor(stored: unknown, now: number, hasPremium: () => Promise<boolean>): Promise<Running> {
  const parsed = analyticsCursor.safeParse(stored)
  const previous = parsed.success ? parsed.data : null
  if (previous?.stage === 'running') return previous
  const today = moscowDay(new Date(now).toISOString())
  const oldest = dayMinus(today, HISTORY_DAYS)
  const since = previous ? dayMinus(previous.syncedDay, REREAD_DAYS) : oldest
  return { stage: 'running', dateFrom: since > oldest ? since : oldest, dateTo: today, premium: await hasPremium(), refused: false, offset: 0 }
}
