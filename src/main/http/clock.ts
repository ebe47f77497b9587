/**
 * Time as the HTTP layer sees it. Budgets and retries read and wait on a Clock so that tests can run hours of
 * rate-limited traffic in milliseconds and assert the exact waits that were asked for.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Resolves after `ms`; rejects with an AbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError')
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    if (signal?.aborted) return Promise.reject(abortError())
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer)
        reject(abortError())
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, Math.max(0, ms))
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }
}

interface FakeTimer {
  dueAt: number
  seq: number
  resolve: () => void
}

/**
 * A clock for tests. Time moves only through advance(), which fires due sleeps in due order and lets the code
 * they wake run before the next one fires. With `autoAdvance`, every sleep moves time forward by itself, so code
 * under test that waits (retries, budgets) runs to completion without the test driving the clock.
 */
export class FakeClock implements Clock {
  /** Every duration passed to sleep(), in call order. */
  readonly sleeps: number[] = []
  private time: number
  private readonly autoAdvance: boolean
  private timers: FakeTimer[] = []
  private seq = 0

  constructor(startMs = 0, opts: { autoAdvance?: boolean } = {}) {
    this.time = startMs
    this.autoAdvance = opts.autoAdvance ?? false
  }

  now(): number {
    return this.time
  }

  /** How many sleeps are waiting to fire. */
  pending(): number {
    return this.timers.length
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms)
    if (signal?.aborted) return Promise.reject(abortError())
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer: FakeTimer = {
        dueAt: this.time + ms,
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      const onAbort = () => {
        this.timers = this.timers.filter((t) => t !== timer)
        reject(abortError())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.push(timer)
      if (this.autoAdvance) setImmediate(() => void this.advance(timer.dueAt - this.time))
    })
  }

  async advance(ms: number): Promise<void> {
    const target = this.time + Math.max(0, ms)
    for (;;) {
      await settle()
      const next = this.earliestDue(target)
      if (!next) break
      this.timers = this.timers.filter((t) => t !== next)
      this.time = Math.max(this.time, next.dueAt)
      next.resolve()
    }
    this.time = Math.max(this.time, target)
    await settle()
  }

  private earliestDue(until: number): FakeTimer | undefined {
    let best: FakeTimer | undefined
    for (const t of this.timers) {
      if (t.dueAt > until) continue
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.seq < best.seq)) best = t
    }
    return best
  }
}

/** Lets every pending promise continuation run (the microtask queue drains before an immediate fires). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
