/**
 * "You can send a maximum of 50 requests per second to all methods from a single Client ID" (swagger.json tag
 * Process): a sliding window per Client-Id over every method, so no second-long stretch holds more than the limit.
 * A refused request does not count. The methods the sandbox serves have no limits of their own in the spec.
 * Past the limit: HTTP 429 `{"code":8,"message":"You have reached request rate limit per second","details":[]}`;
 * the spec documents no Retry-After, and the sandbox sends none.
 */

export interface OzonRateLimit {
  perSecond: number
}

export const ozonRateLimit: OzonRateLimit = { perSecond: 50 }

/** `false` turns the limit off; a RateLimit replaces Ozon's 50 a second. */
export type OzonRateLimitsOption = boolean | OzonRateLimit

export class PerSecondLimiter {
  private readonly windows = new Map<string, number[]>()
  private readonly windowMs: number

  /** `scale` multiplies the window: 0.01 lets 50 requests through every 10 ms. */
  constructor(private readonly limit: OzonRateLimit, private readonly now: () => number, scale = 1) {
    if (!Number.isInteger(limit.perSecond) || limit.perSecond < 1) throw new Error('perSecond must be a positive integer')
    if (!(scale > 0)) throw new Error('a rate limit scale must be positive')
    this.windowMs = 1000 * scale
  }

  /** True when the request may go (and is counted). */
  take(clientId: string): boolean {
    const nowMs = this.now()
    let stamps = this.windows.get(clientId)
    if (!stamps) this.windows.set(clientId, (stamps = []))
    while (stamps.length > 0 && stamps[0]! <= nowMs - this.windowMs) stamps.shift()
    if (stamps.length >= this.limit.perSecond) return false
    stamps.push(nowMs)
    return true
  }
}

export function limiterOf(option: OzonRateLimitsOption | undefined, scale: number, now: () => number): PerSecondLimiter | undefined {
  if (option === false) return undefined
  return new PerSecondLimiter(option === true || option === undefined ? ozonRateLimit : option, now, scale)
}
