import type { RateBudgetSpec } from '../../http'

/**
 * Ozon allows 50 requests a second per Client-Id across all methods (swagger.json L155–157). A bucket refilling
 * 40 a second with a burst of 10 never sends more than 50 in any one second, however the second is cut.
 */
export const ozonBudgetSpec: RateBudgetSpec = { limit: 40, periodMs: 1000, burst: 10 }

/**
 * The limit is Ozon's per Client-Id, not per cabinet: two cabinets holding keys of one Client-Id spend one budget.
 */
export function ozonBudgetKey(clientId: string): string {
  return `ozon:${clientId}:all`
}

/** Page and batch sizes the spec allows (GROUND-TRUTH §2.4). */
export const ozonProductListLimit = 1000
export const ozonProductInfoBatch = 1000
export const ozonWarehouseListLimit = 200
export const ozonStocksListLimit = 1000
export const ozonPostingListLimit = 100
/** The spec states no cap on the SKUs of one stocks-by-warehouse request; half the info method's 1000 keeps answers small. */
export const ozonWarehouseStocksBatch = 500
/** `page_size` at most 1000; one request covers at most a month (/v3/finance/transaction/list, L20290). */
export const ozonFinancePageSize = 1000
/** `limit` at most 500 (/v1/returns/list, L17220). */
export const ozonReturnsListLimit = 500
/** "No more than 1 request per minute" (/v1/analytics/data, L28076), beside the Client-Id's 50 a second. */
export const ozonAnalyticsBudgetSpec: RateBudgetSpec = { limit: 1, periodMs: 60_000, burst: 1 }
export function ozonAnalyticsBudgetKey(clientId: string): string {
  return `ozon:${clientId}:analytics`
}
/** `limit` 1..1000 rows a page, paged by `offset`. */
export const ozonAnalyticsPageLimit = 1000
