import { describe, expect, it } from 'vitest'
import { backoffMs, decideRetry, isIdempotent, serverWaitMs, type RetryContext } from './retry-policy'

const now = Date.UTC(2026, 0, 15, 12, 0, 0)
const ctx = (over: Partial<RetryContext> = {}): RetryContext => ({
  attempt: 1,
  maxAttempts: 4,
  maxWaitMs: 60_000,
  idempotent: true,
  now,
  random: () => 0.5,
  ...over
})
const status = (code: number, headers: Record<string, string> = {}) => ({ kind: 'status' as const, status: code, headers })

describe('serverWaitMs', () => {
  it('prefers WB X-Ratelimit-Retry over Retry-After', () => {
    expect(serverWaitMs(429, { 'x-ratelimit-retry': '2', 'retry-after': '30' }, now)).toBe(2_000)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(serverWaitMs(429, { 'retry-after': '7' }, now)).toBe(7_000)
    expect(serverWaitMs(503, { 'retry-after': new Date(now + 5_000).toUTCString() }, now)).toBe(5_000)
    expect(serverWaitMs(429, { 'retry-after': new Date(now - 5_000).toUTCString() }, now)).toBe(0)
    expect(serverWaitMs(429, { 'retry-after': 'soon' }, now)).toBeNull()
  })

  it('reads Yandex Market X-RateLimit-Resource-Until on a 420 when the resource is spent', () => {
    const until = new Date(now + 42_000).toUTCString()
    expect(serverWaitMs(420, { 'x-ratelimit-resource-until': until, 'x-ratelimit-resource-remaining': '0' }, now)).toBe(42_000)
    expect(serverWaitMs(420, { 'x-ratelimit-resource-until': until }, now)).toBe(42_000)
    // Resource left: the 420 was for too many parallel requests, which clears long before the window resets.
    expect(serverWaitMs(420, { 'x-ratelimit-resource-until': until, 'x-ratelimit-resource-remaining': '57' }, now)).toBeNull()
    expect(serverWaitMs(429, { 'x-ratelimit-resource-until': until }, now)).toBeNull()
  })
})

describe('backoffMs', () => {
  it('uses full jitter under an exponential ceiling capped at 30 s', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.999_999))).toEqual([499, 999, 1_999, 3_999])
    expect(backoffMs(20, () => 0.999_999)).toBe(29_999)
    expect(backoffMs(3, () => 0)).toBe(0)
  })
})

describe('decideRetry', () => {
  it('retries 429 and 420 for any method after the server wait', () => {
    expect(decideRetry(status(429, { 'x-ratelimit-retry': '3' }), ctx({ idempotent: false }))).toEqual({
      action: 'retry',
      waitMs: 3_000,
      reason: 'rate_limited'
    })
    expect(decideRetry(status(420), ctx({ idempotent: false }))).toEqual({ action: 'retry', waitMs: 1_000, reason: 'rate_limited' })
  })

  it('gives up on a rate limit when the wait is too long or attempts are spent, keeping the wait', () => {
    expect(decideRetry(status(429, { 'retry-after': '120' }), ctx())).toEqual({ action: 'give_up', waitMs: 120_000 })
    expect(decideRetry(status(429, { 'retry-after': '1' }), ctx({ attempt: 4 }))).toEqual({ action: 'give_up', waitMs: 1_000 })
  })

  it('retries 5xx and transport failures only when idempotent', () => {
    expect(decideRetry(status(503), ctx())).toEqual({ action: 'retry', waitMs: 250, reason: 'backoff' })
    expect(decideRetry(status(503), ctx({ idempotent: false }))).toEqual({ action: 'give_up', waitMs: null })
    expect(decideRetry({ kind: 'transport', failure: 'network' }, ctx({ attempt: 2 }))).toEqual({
      action: 'retry',
      waitMs: 500,
      reason: 'backoff'
    })
    expect(decideRetry({ kind: 'transport', failure: 'timeout' }, ctx({ idempotent: false }))).toEqual({ action: 'give_up', waitMs: null })
    expect(decideRetry(status(500), ctx({ attempt: 4 }))).toEqual({ action: 'give_up', waitMs: null })
  })

  it('never retries other statuses', () => {
    for (const code of [400, 401, 403, 404, 409, 501]) {
      expect(decideRetry(status(code), ctx())).toEqual({ action: 'give_up', waitMs: null })
    }
  })
})

describe('isIdempotent', () => {
  it('follows the method unless the caller says otherwise', () => {
    expect(isIdempotent('GET', undefined)).toBe(true)
    expect(isIdempotent('PUT', undefined)).toBe(true)
    expect(isIdempotent('DELETE', undefined)).toBe(true)
    expect(isIdempotent('POST', undefined)).toBe(false)
    expect(isIdempotent('PATCH', undefined)).toBe(false)
    expect(isIdempotent('POST', true)).toBe(true)
    expect(isIdempotent('GET', false)).toBe(false)
  })
})
