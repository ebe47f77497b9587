import { upsert } from '../../db/upsert'
import type { PageWrite } from '../../sync/page-write'
import type { OzonAnalyticsRow } from './analytics-types'
import { rublesToKopecks } from './money'

/** Every seller may ask for these two (the method's description). */
export const freeAnalyticsMetrics = ['revenue', 'ordered_units'] as const
/** Returns and cancellations need Premium Plus or Premium Pro. */
export const premiumAnalyticsMetrics = [...freeAnalyticsMetrics, 'returns', 'cancellations'] as const

/** Analytics gives no currency; revenue is in the currency of the Russian marketplace, as finance's payouts are. */
const ANALYTICS_CURRENCY = 'RUB'

const dailyRow = upsert(
  'ozon_analytics_daily',
  ['account_id', 'sku', 'day', 'revenue_kopecks', 'currency', 'ordered_units', 'cancelled_units', 'returned_units', 'synced_at'],
  ['account_id', 'sku', 'day']
)

/** Units are counts, but the metrics come as doubles. */
const units = (value: number | undefined): number | null => (value === undefined ? null : Math.round(value))

/**
 * A page of per-SKU-and-day rows, metrics in the order they were asked for: the free two, then returns and
 * cancellations when the request had them (null otherwise).
 */
export function analyticsPageWrite(accountId: string, rows: readonly OzonAnalyticsRow[], premium: boolean, syncedAt: string): PageWrite {
  const params = rows.map((row) => {
    const [revenue = 0, ordered = 0, returned, cancelled] = row.metrics
    return dailyRow.params({
      account_id: accountId,
      sku: row.dimensions[0].id,
      day: row.dimensions[1].id,
      revenue_kopecks: rublesToKopecks(revenue),
      currency: ANALYTICS_CURRENCY,
      ordered_units: Math.round(ordered),
      cancelled_units: premium ? units(cancelled) : null,
      returned_units: premium ? units(returned) : null,
      synced_at: syncedAt
    })
  })
  return { steps: [{ sql: dailyRow.sql, params }], rows: rows.length }
}
