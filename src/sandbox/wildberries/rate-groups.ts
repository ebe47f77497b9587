/**
 * WB's per-seller limits by method group, from the `description_limit` tables of the specs (GROUND-TRUTH §1.6).
 * Each group is its own bucket: the marketplace specs give seller stocks, seller warehouses and FBS orders/supplies
 * separate tables with the same numbers, and the FBW warehouse list a table apart from the FBW supply methods.
 * Basic tokens have their own, smaller buckets.
 */
import { contentRateLimit, TokenBucketLimiter, type RateDecision, type RateLimit } from './rate-limit'
import type { WbTokenTier } from './tokens'

export type WbRateGroup =
  | 'content'
  | 'marketplace'
  | 'marketplaceWarehouses'
  | 'marketplaceStocks'
  | 'statisticsOrders'
  | 'statisticsSales'
  | 'supplies'
  | 'suppliesWarehouses'
  | 'analyticsWbStocks'
  | 'ping'

interface GroupLimits {
  personal: RateLimit
  /** The basic-token limit, or 'forbidden' for methods that refuse basic tokens with 403. */
  basic: RateLimit | 'forbidden'
  /** How many requests a 4xx answer counts as. */
  errorCost: number
}

const marketplaceLimit: RateLimit = { perMinute: 300, burst: 20 }
const perHours = (requests: number, hours: number): number => requests / (hours * 60)

export const wbRateGroups: Readonly<Record<WbRateGroup, GroupLimits>> = {
  content: { personal: contentRateLimit, basic: contentRateLimit, errorCost: 1 },
  marketplace: { personal: marketplaceLimit, basic: marketplaceLimit, errorCost: 10 },
  marketplaceWarehouses: { personal: marketplaceLimit, basic: marketplaceLimit, errorCost: 10 },
  marketplaceStocks: { personal: marketplaceLimit, basic: marketplaceLimit, errorCost: 10 },
  statisticsOrders: { personal: { perMinute: 1, burst: 10 }, basic: { perMinute: perHours(1, 3), burst: 1 }, errorCost: 1 },
  statisticsSales: { personal: { perMinute: 1, burst: 1 }, basic: { perMinute: perHours(1, 2), burst: 1 }, errorCost: 1 },
  supplies: { personal: { perMinute: 30, burst: 10 }, basic: { perMinute: perHours(2, 1), burst: 1 }, errorCost: 1 },
  suppliesWarehouses: { personal: { perMinute: 6, burst: 6 }, basic: { perMinute: perHours(1, 12), burst: 1 }, errorCost: 1 },
  analyticsWbStocks: { personal: { perMinute: 3, burst: 1 }, basic: 'forbidden', errorCost: 1 },
  // 3 requests per 30 seconds (01-general.yaml /ping).
  ping: { personal: { perMinute: 6, burst: 3 }, basic: { perMinute: 6, burst: 3 }, errorCost: 1 }
}

/** Per-group replacements of the personal-token limit; `false` switches a group off for every token. */
export type RateLimitOverrides = Partial<Record<WbRateGroup, RateLimit | false>>

/** `false` turns every limit off; a bare RateLimit replaces the content limit, as it did before groups existed. */
export type RateLimitsOption = boolean | RateLimit | RateLimitOverrides

function overridesOf(option: RateLimitsOption | undefined): RateLimitOverrides | undefined {
  if (option === false) return undefined
  if (option === true || option === undefined) return {}
  return 'perMinute' in option ? { content: option as RateLimit } : option as RateLimitOverrides
}

export class WbRateLimiters {
  private readonly limiters = new Map<string, TokenBucketLimiter>()

  constructor(option: RateLimitsOption | undefined, scale: number, now: () => number) {
    const overrides = overridesOf(option)
    if (!overrides) return
    for (const [group, limits] of Object.entries(wbRateGroups) as Array<[WbRateGroup, GroupLimits]>) {
      const override = overrides[group]
      if (override === false) continue
      this.limiters.set(`${group}/personal`, new TokenBucketLimiter(override ?? limits.personal, now, scale))
      if (limits.basic !== 'forbidden') this.limiters.set(`${group}/basic`, new TokenBucketLimiter(limits.basic, now, scale))
    }
  }

  /** Undefined when the group is not limited. */
  take(group: WbRateGroup, tier: WbTokenTier, sellerId: string): RateDecision | undefined {
    return this.limiters.get(`${group}/${tier}`)?.take(sellerId)
  }

  /** Charges the rest of what a 4xx answer costs in groups that count it as several requests. */
  chargeClientError(group: WbRateGroup, tier: WbTokenTier, sellerId: string): void {
    const extra = wbRateGroups[group].errorCost - 1
    if (extra > 0) this.limiters.get(`${group}/${tier}`)?.charge(sellerId, extra)
  }
}
