import { describe, expect, it } from 'vitest'
import { contentRateLimit, TokenBucketLimiter } from './rate-limit'
import { manualClock } from './test-helpers'

describe('token bucket', () => {
  it('lets a burst through, then one request per interval', () => {
    const clock = manualClock()
    const limiter = new TokenBucketLimiter(contentRateLimit, clock.now)
    expect([1, 2, 3, 4, 5].map(() => limiter.take('seller'))).toEqual(
      [4, 3, 2, 1, 0].map((remaining) => ({ allowed: true, remaining }))
    )
    expect(limiter.take('seller')).toEqual({ allowed: false, retrySeconds: 1, resetSeconds: 3, burst: 5 })
    clock.advance(599)
    expect(limiter.take('seller').allowed).toBe(false)
    clock.advance(1)
    expect(limiter.take('seller')).toEqual({ allowed: true, remaining: 0 })
  })

  it('refills to the burst and no further', () => {
    const clock = manualClock()
    const limiter = new TokenBucketLimiter({ perMinute: 60, burst: 2 }, clock.now)
    limiter.take('seller')
    limiter.take('seller')
    expect(limiter.take('seller')).toEqual({ allowed: false, retrySeconds: 1, resetSeconds: 2, burst: 2 })
    clock.advance(60_000)
    expect(limiter.take('seller')).toEqual({ allowed: true, remaining: 1 })
  })

  it('keeps one bucket per seller', () => {
    const limiter = new TokenBucketLimiter({ perMinute: 60, burst: 1 }, manualClock().now)
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(false)
    expect(limiter.take('b').allowed).toBe(true)
  })

  it('rejects limits that could never let a request through', () => {
    expect(() => new TokenBucketLimiter({ perMinute: 0, burst: 5 }, Date.now)).toThrow()
    expect(() => new TokenBucketLimiter({ perMinute: 100, burst: 0 }, Date.now)).toThrow()
  })
})
