import type { HttpMethod } from './errors'

export const DEFAULT_MAX_ATTEMPTS = 4
export const DEFAULT_MAX_WAIT_MS = 60_000
const BACKOFF_BASE_MS = 500
const BACKOFF_CAP_MS = 30_000
/** Ozon sends no wait with its 429 and limits per second: retrying sooner than a second only earns another 429. */
const RATE_LIMIT_MIN_BACKOFF_MS = 1_000

/** 420 is Yandex Market's "Enhance Your Calm": a rate limit, like 429. Neither was executed, so any method may retry. */
const RATE_LIMIT_STATUSES: ReadonlySet<number> = new Set([420, 429])
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504])
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE'])

export type TransportFailure = 'network' | 'timeout'

export type AttemptOutcome =
  | { kind: 'status'; status: number; headers: Readonly<Record<string, string>> }
  | { kind: 'transport'; failure: TransportFailure }

export interface RetryContext {
  /** 1 for the first try. */
  attempt: number
  maxAttempts: number
  maxWaitMs: number
  idempotent: boolean
  /** When the response arrived; HTTP-date waits are measured from it. */
  now: number
  random: () => number
}

export type RetryDecision =
  | { action: 'retry'; waitMs: number; reason: 'rate_limited' | 'backoff' }
  /** `waitMs` is what the provider still demands (always set for a rate limit), null if nothing applies. */
  | { action: 'give_up'; waitMs: number | null }

/** Ozon and WB reads are POST: the caller marks those `idempotent`, everything else follows the method. */
export function isIdempotent(method: HttpMethod, flag: boolean | undefined): boolean {
  return flag ?? IDEMPOTENT_METHODS.has(method)
}

export function isRateLimitStatus(status: number): boolean {
  return RATE_LIMIT_STATUSES.has(status)
}

export function decideRetry(outcome: AttemptOutcome, ctx: RetryContext): RetryDecision {
  const attemptsLeft = ctx.attempt < ctx.maxAttempts

  if (outcome.kind === 'transport') {
    if (!ctx.idempotent || !attemptsLeft) return { action: 'give_up', waitMs: null }
    return { action: 'retry', waitMs: backoffMs(ctx.attempt, ctx.random), reason: 'backoff' }
  }

  const { status, headers } = outcome
  if (isRateLimitStatus(status)) {
    const waitMs = serverWaitMs(status, headers, ctx.now) ?? Math.max(RATE_LIMIT_MIN_BACKOFF_MS, backoffMs(ctx.attempt, ctx.random))
    if (!attemptsLeft || waitMs > ctx.maxWaitMs) return { action: 'give_up', waitMs }
    return { action: 'retry', waitMs, reason: 'rate_limited' }
  }

  if (TRANSIENT_STATUSES.has(status) && ctx.idempotent && attemptsLeft) {
    const waitMs = serverWaitMs(status, headers, ctx.now) ?? backoffMs(ctx.attempt, ctx.random)
    if (waitMs > ctx.maxWaitMs) return { action: 'give_up', waitMs }
    return { action: 'retry', waitMs, reason: 'backoff' }
  }

  return { action: 'give_up', waitMs: null }
}

/** Exponential backoff with full jitter: spreads the retries of many jobs that failed at the same moment. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1))
  return Math.floor(random() * ceiling)
}

/**
 * How long the provider asked us to wait, or null if it did not say. WB's `X-Ratelimit-Retry` comes first because
 * WB may send it without `Retry-After`, and retrying earlier only earns another 429.
 */
export function serverWaitMs(status: number, headers: Readonly<Record<string, string>>, now: number): number | null {
  const wbRetry = parseSeconds(headers['x-ratelimit-retry'])
  if (wbRetry !== null) return wbRetry

  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined) {
    const wait = parseSeconds(retryAfter) ?? untilDate(retryAfter, now)
    if (wait !== null) return wait
  }

  // Yandex Market reports when its resource window resets. A 420 with resource left was for parallelism
  // (more than 4 requests at once), which clears long before the window does: back off instead.
  if (status === 420) {
    const remaining = Number(headers['x-ratelimit-resource-remaining'])
    const until = headers['x-ratelimit-resource-until']
    if (until !== undefined && !(remaining > 0)) return untilDate(until, now)
  }
  return null
}

function parseSeconds(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null
  return Math.ceil(Number(value) * 1000)
}

function untilDate(value: string, now: number): number | null {
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}
