/**
 * WB's limits are token buckets per seller account (shared/RELIABILITY-SECURITY.md §3.2): `burst` requests may go
 * at once, then one more every `interval`. A refused request costs nothing.
 */

export interface RateLimit {
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

  constructor(private readonly limit: RateLimit, private readonly now: () => number) {
    if (!(limit.perMinute > 0) || !(limit.burst >= 1)) throw new Error('a rate limit needs perMinute > 0 and burst >= 1')
    this.intervalMs = 60_000 / limit.perMinute
  }

  take(key: string): RateDecision {
    const nowMs = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, atMs: nowMs }
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / this.intervalMs)
    bucket.atMs = nowMs
    this.buckets.set(key, bucket)
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
}
