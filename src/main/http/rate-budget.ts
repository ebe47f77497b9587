import { abortError, type Clock } from './clock'

/** A provider's limit as its docs state it: `limit` requests per `periodMs`, at most `burst` at once. */
export interface RateBudgetSpec {
  limit: number
  periodMs: number
  burst: number
}

export interface RateBudgetSnapshot {
  /** Tokens in the bucket now; negative while a 4xx penalty or an oversized request is being paid off. */
  available: number
  capacity: number
  /** When the next token drops in (now, if the bucket is full). */
  nextTokenAt: number
  pausedUntil: number | null
}

export interface AcquireOptions {
  signal?: AbortSignal
  /** Called whenever this caller's expected start time changes while it waits. */
  onWait?: (untilEpochMs: number) => void
}

interface Bucket {
  tokens: number
  /** Time the last token dropped in; tokens accrue from here one per interval. */
  refilledAt: number
}

interface Waiter {
  cost: number
  queuedAt: number
  resolve: () => void
  onWait: ((untilEpochMs: number) => void) | undefined
  reportedUntil: number | null
  detach: () => void
}

/** Absorbs floating-point error so that a token due exactly now counts as dropped in. */
const EPSILON = 1e-9

/**
 * A token bucket shared by every job that spends the same provider limit. Waiters are served strictly in
 * arrival order, so a large request is not starved by a stream of small ones and the bucket never lends out
 * more than its rate, however many callers wait at once.
 */
export class RateBudget {
  private capacity: number
  private intervalMs: number
  private bucket: Bucket
  private pausedUntil: number | null = null
  private readonly queue: Waiter[] = []
  /** The one timer that wakes the queue's head; kept while the head's start time does not move. */
  private wake: { at: number; timer: AbortController } | null = null

  /**
   * @param firstArrivalAllowance share of an interval by which the refill clock starts late when a request takes
   *   from a full bucket without having waited: the first after a quiet spell. The provider's bucket starts refilling when the burst's first request *arrives*, ours when it
   *   is sent, and that request also opens the connection (TCP, TLS), so it arrives later than those after it:
   *   without the allowance the first request after the burst can reach the provider before its token has.
   */
  constructor(
    spec: RateBudgetSpec,
    private readonly clock: Clock,
    private readonly firstArrivalAllowance = 0
  ) {
    const { capacity, intervalMs } = parseSpec(spec)
    this.capacity = capacity
    this.intervalMs = intervalMs
    this.bucket = { tokens: this.capacity, refilledAt: clock.now() }
  }

  /** Applies new limits (e.g. the seller switched to a token type with other limits); debt and pause carry over. */
  setSpec(spec: RateBudgetSpec): void {
    const { capacity, intervalMs } = parseSpec(spec)
    if (capacity === this.capacity && intervalMs === this.intervalMs) return
    this.capacity = capacity
    this.intervalMs = intervalMs
    this.bucket = { ...this.bucket, tokens: Math.min(this.bucket.tokens, capacity) }
    this.service()
  }

  /**
   * Waits until `cost` tokens may be spent, then spends them. A cost above the burst size is let through once the
   * bucket is full and leaves it in debt, which later callers wait out.
   */
  acquire(cost = 1, opts: AcquireOptions = {}): Promise<void> {
    assertCost(cost)
    const { signal, onWait } = opts
    if (signal?.aborted) return Promise.reject(abortError())
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { cost, queuedAt: this.clock.now(), resolve, onWait, reportedUntil: null, detach: () => {} }
      if (signal) {
        const onAbort = () => {
          const index = this.queue.indexOf(waiter)
          if (index === -1) return
          this.queue.splice(index, 1)
          reject(abortError())
          this.service()
        }
        signal.addEventListener('abort', onAbort, { once: true })
        waiter.detach = () => signal.removeEventListener('abort', onAbort)
      }
      this.queue.push(waiter)
      this.service()
    })
  }

  /**
   * The provider answered 429/420: nobody sharing this budget sends before `epochMs`. The provider's bucket is
   * empty at this moment, so ours is emptied too (debt is kept); what accrues during the pause is what the
   * provider will have accrued as well.
   */
  pauseUntil(epochMs: number): void {
    const now = this.clock.now()
    this.bucket = refill(this.bucket, now, this.capacity, this.intervalMs)
    this.bucket = { ...this.bucket, tokens: Math.min(this.bucket.tokens, 0) }
    this.pausedUntil = Math.max(this.pausedUntil ?? epochMs, epochMs)
    this.service()
  }

  /** Spends tokens after the fact, e.g. when the provider bills a 4xx as 10 requests. May leave the bucket in debt. */
  charge(extraCost: number): void {
    assertCost(extraCost)
    if (extraCost === 0) return
    const now = this.clock.now()
    const bucket = refill(this.bucket, now, this.capacity, this.intervalMs)
    this.bucket = { ...bucket, tokens: bucket.tokens - extraCost }
    this.service()
  }

  snapshot(): RateBudgetSnapshot {
    const now = this.clock.now()
    const { tokens, refilledAt } = refill(this.bucket, now, this.capacity, this.intervalMs)
    return {
      available: tokens,
      capacity: this.capacity,
      nextTokenAt: tokens >= this.capacity ? now : Math.ceil(refilledAt + this.intervalMs),
      pausedUntil: this.pausedUntil !== null && this.pausedUntil > now ? this.pausedUntil : null
    }
  }

  /** Serves every waiter that can go now, then arms one timer for the next one and updates everyone's estimate. */
  private service(): void {
    const now = this.clock.now()
    this.bucket = refill(this.bucket, now, this.capacity, this.intervalMs)
    if (this.pausedUntil !== null && this.pausedUntil <= now) this.pausedUntil = null

    while (this.pausedUntil === null) {
      const head = this.queue[0]
      if (!head || this.bucket.tokens < this.required(head.cost)) break
      this.queue.shift()
      // A request that had to wait is one of a stream, not the first after a quiet spell.
      const startsBurst = this.bucket.tokens >= this.capacity && head.queuedAt >= now
      this.bucket = {
        tokens: this.bucket.tokens - head.cost,
        refilledAt: startsBurst ? now + this.intervalMs * this.firstArrivalAllowance : this.bucket.refilledAt
      }
      head.detach()
      head.resolve()
    }

    const starts = this.estimateStarts(now)
    const wakeAt = starts[0]
    if (wakeAt !== this.wake?.at) {
      this.wake?.timer.abort()
      this.wake = wakeAt === undefined ? null : this.armWake(wakeAt, now)
    }

    // Callbacks run last: one may abort a wait and re-enter service(), which must find the state settled.
    const notifications: Array<() => void> = []
    this.queue.forEach((waiter, index) => {
      const until = starts[index]
      if (until === undefined || until <= now || until === waiter.reportedUntil) return
      waiter.reportedUntil = until
      const { onWait } = waiter
      if (onWait) notifications.push(() => onWait(until))
    })
    for (const notify of notifications) notify()
  }

  private armWake(at: number, now: number): { at: number; timer: AbortController } {
    const wake = { at, timer: new AbortController() }
    // Never less than 1 ms: a timer that fires a hair early must not spin.
    this.clock.sleep(Math.max(1, at - now), wake.timer.signal).then(
      () => {
        if (this.wake !== wake) return
        this.wake = null
        this.service()
      },
      () => {
        // Replaced by a newer timer.
      }
    )
    return wake
  }

  /** When each waiter will be served if nothing else changes: the queue replayed against the bucket's refill. */
  private estimateStarts(now: number): number[] {
    let bucket = this.bucket
    let time = now
    if (this.pausedUntil !== null && this.pausedUntil > now) {
      time = this.pausedUntil
      bucket = refill(bucket, time, this.capacity, this.intervalMs)
    }
    return this.queue.map((waiter) => {
      const required = this.required(waiter.cost)
      if (bucket.tokens < required) {
        time = Math.max(time, Math.ceil(bucket.refilledAt + (required - bucket.tokens) * this.intervalMs))
        bucket = refill(bucket, time, this.capacity, this.intervalMs)
      }
      bucket = { ...bucket, tokens: bucket.tokens - waiter.cost }
      return time
    })
  }

  private required(cost: number): number {
    return Math.min(cost, this.capacity)
  }
}

function refill(bucket: Bucket, now: number, capacity: number, intervalMs: number): Bucket {
  // A full bucket does not bank time: the next token is due one interval after something is spent.
  if (bucket.tokens >= capacity) return { tokens: bucket.tokens, refilledAt: Math.max(bucket.refilledAt, now) }
  const dropped = Math.floor((now - bucket.refilledAt) / intervalMs + EPSILON)
  if (dropped <= 0) return bucket
  const tokens = Math.min(capacity, bucket.tokens + dropped)
  return { tokens, refilledAt: tokens >= capacity ? now : bucket.refilledAt + dropped * intervalMs }
}

function parseSpec({ limit, periodMs, burst }: RateBudgetSpec): { capacity: number; intervalMs: number } {
  if (!(limit > 0) || !(periodMs > 0) || !Number.isInteger(burst) || burst < 1) {
    throw new RangeError('RateBudgetSpec needs limit > 0, periodMs > 0 and an integer burst >= 1')
  }
  return { capacity: burst, intervalMs: periodMs / limit }
}

function assertCost(cost: number): void {
  if (!Number.isFinite(cost) || cost < 0) throw new RangeError('Rate budget cost must be a finite number >= 0')
}

/** One budget per key (`${accountId}:${group}`), shared by every job of that account. */
export class RateBudgets {
  private readonly budgets = new Map<string, RateBudget>()

  private readonly periodFactor: number
  private readonly firstArrivalAllowance: number

  /**
   * `pacingMargin` stretches every period a little: the server's bucket refills from when each request arrived,
   * ours from when it was sent, so a request that travels faster than the one before it would land early and
   * earn a 429. `periodScale` shrinks every period alike (0.01: limits 100× faster); only the bench and tests
   * use it, against a sandbox whose limits are scaled the same way. `firstArrivalAllowance`: see RateBudget.
   */
  constructor(
    private readonly clock: Clock,
    options: { periodScale?: number; pacingMargin?: number; firstArrivalAllowance?: number } = {}
  ) {
    this.periodFactor = (options.periodScale ?? 1) * (options.pacingMargin ?? 1)
    this.firstArrivalAllowance = options.firstArrivalAllowance ?? 0
  }

  get(key: string, declared: RateBudgetSpec): RateBudget {
    const spec = this.periodFactor === 1 ? declared : { ...declared, periodMs: declared.periodMs * this.periodFactor }
    const existing = this.budgets.get(key)
    if (existing) {
      existing.setSpec(spec)
      return existing
    }
    const budget = new RateBudget(spec, this.clock, this.firstArrivalAllowance)
    this.budgets.set(key, budget)
    return budget
  }

  snapshot(): Array<{ key: string } & RateBudgetSnapshot> {
    return [...this.budgets].map(([key, budget]) => ({ key, ...budget.snapshot() }))
  }
}
