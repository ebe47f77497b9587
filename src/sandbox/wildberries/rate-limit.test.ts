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

  it('charges extra for a request already let through, leaving the bucket in debt', () => {
    const clock = manualClock()
    const limiter = new TokenBucketLimiter({ perMinute: 300, burst: 20 }, clock.now)
    limiter.take('seller')
    limiter.charge('seller', 9)
    limiter.take('seller')
    limiter.charge('seller', 9)
    expect(limiter.take('seller')).toEqual({ allowed: false, retrySeconds: 1, resetSeconds: 4, burst: 20 })
    limiter.charge('seller', 10)
    clock.advance(2_000)
    expect(limiter.take('seller').allowed).toBe(false)
    clock.advance(200)
    expect(limiter.take('seller')).toEqual({ allowed: true, remaining: 0 })
  })

  it('scales the interval, not the burst', () => {
    const clock = manualClock()
    const limiter = new TokenBucketLimiter({ perMinute: 1 / 180, burst: 1 }, clock.now, 0.001)
    expect(limiter.take('seller').allowed).toBe(true)
    expect(limiter.take('seller')).toEqual({ allowed: false, retrySeconds: 11, resetSeconds: 11, burst: 1 })
    clock.advance(10_800)
    expect(limiter.take('seller').allowed).toBe(true)
  })

  it('rejects limits that could never let a request through', () => {
    expect(() => new TokenBucketLimiter({ perMinute: 0, burst: 5 }, Date.now)).toThrow()
    expect(() => new TokenBucketLimiter({ perMinute: 100, burst: 0 }, Date.now)).toThrow()
  })
})
