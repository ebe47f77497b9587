import type { TokenInfo } from '../../../shared/domain/marketplace'
import type { RateBudgetSpec } from '../../http'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Method groups that share one WB limit per seller account (GROUND-TRUTH §1.6). */
export type WbBudgetGroup =
  | 'content'
  | 'marketplace'
  | 'marketplaceWarehouses'
  | 'marketplaceStocks'
  | 'statisticsOrders'
  | 'statisticsSales'
  | 'fbwSupplies'
  | 'fbwWarehouses'
  | 'wbWarehouseStocks'

const marketplaceLimit: RateBudgetSpec = { limit: 300, periodMs: MINUTE, burst: 20 }

interface GroupLimits {
  /** Personal, service and basic-with-secret tokens. */
  full: RateBudgetSpec
  /** Plain basic tokens; null where WB refuses them the methods altogether. */
  basic: RateBudgetSpec | null
}

/**
 * The `description_limit` tables of the specs. Test tokens only work in WB's sandbox, which has no
 * per-type table, so they get the full limits.
 */
const groupLimits: Record<WbBudgetGroup, GroupLimits> = {
  // 02-items.yaml L75: one table for every token type.
  content: { full: { limit: 100, periodMs: MINUTE, burst: 5 }, basic: { limit: 100, periodMs: MINUTE, burst: 5 } },
  // The marketplace specs give FBS orders and supplies (03-orders-fbs.yaml L67), seller warehouses (02-items.yaml
  // L5170) and seller stocks (L4876) a table each, with the same numbers for every token type.
  marketplace: { full: marketplaceLimit, basic: marketplaceLimit },
  marketplaceWarehouses: { full: marketplaceLimit, basic: marketplaceLimit },
  marketplaceStocks: { full: marketplaceLimit, basic: marketplaceLimit },
  // 12-reports.yaml L87–L90.
  statisticsOrders: { full: { limit: 1, periodMs: MINUTE, burst: 10 }, basic: { limit: 1, periodMs: 3 * HOUR, burst: 1 } },
  // 12-reports.yaml L209–L212.
  statisticsSales: { full: { limit: 1, periodMs: MINUTE, burst: 1 }, basic: { limit: 1, periodMs: 2 * HOUR, burst: 1 } },
  // 07-orders-fbw.yaml L216–L219: supplies list and details.
  fbwSupplies: { full: { limit: 30, periodMs: MINUTE, burst: 10 }, basic: { limit: 2, periodMs: HOUR, burst: 1 } },
  // 07-orders-fbw.yaml GET /api/v1/warehouses has its own, stricter table.
  fbwWarehouses: { full: { limit: 6, periodMs: MINUTE, burst: 6 }, basic: { limit: 1, periodMs: 12 * HOUR, burst: 1 } },
  // 11-analytics.yaml L1291; x-token-types lists no plain basic token.
  wbWarehouseStocks: { full: { limit: 3, periodMs: MINUTE, burst: 1 }, basic: null }
}

export type WbTokenKind = TokenInfo['kind']

/** The limit of a group for a token kind, or null when WB does not serve the group to that kind of token. */
export function wbBudgetSpec(group: WbBudgetGroup, kind: WbTokenKind): RateBudgetSpec | null {
  const limits = groupLimits[group]
  return kind === 'basic' ? limits.basic : limits.full
}

/** Every job of one account spends the same budget for a group. */
export function wbBudgetKey(accountId: string, group: WbBudgetGroup): string {
  return `${accountId}:wb:${group}`
}

const marketplaceGroups: ReadonlySet<WbBudgetGroup> = new Set(['marketplace', 'marketplaceWarehouses', 'marketplaceStocks'])

/**
 * What WB bills for a failed request. Marketplace counts any 4xx as 10 requests; a 429 was refused, not
 * served, so it is not billed twice.
 */
export function wbErrorCost(group: WbBudgetGroup): ((status: number) => number) | undefined {
  if (!marketplaceGroups.has(group)) return undefined
  return (status) => (status >= 400 && status < 500 && status !== 429 ? 10 : 1)
}

/** Page and chunk sizes the specs allow. */
export const wbCardsPageLimit = 100
export const wbOrdersPageLimit = 1000
export const wbSuppliesPageLimit = 1000
export const wbStocksChunk = 1000
export const wbStatusChunk = 1000
export const wbSupplyOrdersChunk = 100
export const wbWarehouseStocksPageLimit = 250_000
export const wbFbwSuppliesPageLimit = 1000
/** WB's "conditional" row cap of one statistics response with flag=0 (12-reports.yaml L77). */
export const wbStatisticsPageCap = 80_000
