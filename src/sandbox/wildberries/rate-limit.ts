/**
 * WB's limits are token buckets per seller account (shared/RELIABILITY-SECURITY.md §3.2): `burst` requests may go
 * at once, then one more every `interval`. A refused request costs nothing; some groups charge extra for a 4xx
 * answer after the fact, which can leave a bucket in debt.
 */

export interface RateLimit {
  /** Requests per minute; below 1 for limits counted in hours (1 per 3 hours is 1/180). */
  perMinute: number
  burst: number
}

/** The content category: 100 requests a minute (one per 600 ms), burst 5 (02-items.yaml, cards list). */
export const contentRateLimit: RateLimit = { perMinute: 100, burst: 5 }

export type RateDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retrySeconds: number; resetSeconds: number; burst: number }

interface Bucket {
  tokens: number
  atMs: number
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly intervalMs: number

  /** `scale` multiplies the interval: 0.01 refills a hundred times faster with the same burst. */
  constructor(private readonly limit: RateLimit, private readonly now: () => number, scale = 1) {
    if (!(limit.perMinute > 0) || !(limit.burst >= 1)) throw new Error('a rate limit needs perMinute > 0 and burst >= 1')
    if (!(scale > 0)) throw new Error('a rate limit scale must be positive')
    // Rounded to the nanosecond: 1/180 per minute is not exact in binary, and 10,800,000.000000002 ms would show
    // a client a wait of 10,801 seconds.
    this.intervalMs = Math.round((60_000 / limit.perMinute) * scale * 1e6) / 1e6
  }

  take(key: string): RateDecision {
    const bucket = this.refill(key)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { allowed: true, remaining: Math.floor(bucket.tokens) }
    }
    return {
      allowed: false,
      retrySeconds: Math.ceil(((1 - bucket.tokens) * this.intervalMs) / 1000),
      resetSeconds: Math.ceil(((this.limit.burst - bucket.tokens) * this.intervalMs) / 1000),
      burst: this.limit.burst
    }
  }

  /** Takes `tokens` more from a request already let through, as WB does when a 4xx answer counts as several. */
  charge(key: string, tokens: number): void {
    this.refill(key).tokens -= tokens
  }

  private refill(key: string): Bucket {
    const nowMs = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, atMs: nowMs }
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / this.intervalMs)
    bucket.atMs = nowMs
    this.buckets.set(key, bucket)
    return bucket
  }
}
