/**
 * The fault queue every sandbox injects faults with, for requests that pass the key or token check (not media or
 * admin routes). Each fault applies to the next `count` such requests, or to every one until cleared when `count`
 * is omitted; with `path`, only to requests of that method; with `after`, only once that many of its requests have
 * passed untouched, so a test can fail a sync at a point of its progress rather than of time. A latency fault
 * delays a request and combines with at most one other fault, which decides how it ends. What the other faults
 * answer is each sandbox's own.
 */

export interface FaultTiming {
  count?: number
  /** Requests (to `path`, if given) to let through before this fault starts to apply. */
  after?: number
  /** Only requests to this method path; every method when omitted. */
  path?: string
}

export type LatencyFault = FaultTiming & { kind: 'latencyMs'; ms: number }

/** The outcomes every sandbox has. */
export type CommonOutcome = FaultTiming &
  (
    /** Sends the headers and part of the real body, then destroys the socket. */
    | { kind: 'cutConnection' }
    /** 200 with a body that is not valid JSON. */
    | { kind: 'malformedBody' }
  )

export type AnyFault = FaultTiming & { kind: string }

export interface FaultController<F extends AnyFault> {
  inject(fault: F): void
  clear(): void
  /** Faults still waiting to apply; `count` is what remains. */
  pending(): F[]
}

export interface FaultPlan<O> {
  latencyMs: number
  outcome?: O
}

export class FaultQueue<F extends AnyFault> implements FaultController<F> {
  private queue: F[] = []

  inject(fault: F): void {
    this.queue.push({ ...fault })
  }

  clear(): void {
    this.queue = []
  }

  pending(): F[] {
    return this.queue.map((fault) => ({ ...fault }))
  }

  /** Takes what applies to a request that just arrived; a sandbox without per-method faults passes no path. */
  next(path?: string): FaultPlan<Exclude<F, LatencyFault>> {
    const concerns = (fault: F) => fault.path === undefined || fault.path === path
    const latency = this.consume((fault) => fault.kind === 'latencyMs' && concerns(fault) && !fault.after) as LatencyFault | undefined
    const outcome = this.consume((fault) => fault.kind !== 'latencyMs' && concerns(fault) && !fault.after) as Exclude<F, LatencyFault> | undefined
    for (const fault of this.queue) if (fault.after && concerns(fault)) fault.after -= 1
    return { latencyMs: latency?.ms ?? 0, ...(outcome ? { outcome } : {}) }
  }

  private consume(matches: (fault: F) => boolean): F | undefined {
    const position = this.queue.findIndex(matches)
    if (position < 0) return undefined
    const fault = this.queue[position]!
    if (fault.count !== undefined) {
      fault.count -= 1
      if (fault.count <= 0) this.queue.splice(position, 1)
    }
    return fault
  }
}

/** Reads a sandbox's own kind of fault from the admin body's fields (timing already read); a string is a refusal. */
export type KindParser<F> = (spec: Record<string, unknown>, timing: FaultTiming) => F | string

export const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0

/**
 * Validates a fault sent to the admin endpoint; returns the fault or a reason it was refused. `kinds` are the
 * sandbox's outcomes beyond the common ones; a sandbox that gives `pathExample` takes per-method faults.
 */
export function parseFaultSpec<F>(body: unknown, options: { kinds: Record<string, KindParser<F>>; pathExample?: string }): F | LatencyFault | CommonOutcome | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object'
  const spec = body as Record<string, unknown>
  if (spec.count !== undefined && !isPositiveInteger(spec.count)) return 'count must be a positive integer'
  if (spec.after !== undefined && !(Number.isInteger(spec.after) && (spec.after as number) >= 0)) return 'after must be a non-negative integer'
  const takesPath = options.pathExample !== undefined && spec.path !== undefined
  if (takesPath && (typeof spec.path !== 'string' || !spec.path.startsWith('/'))) return `path must be a method path such as ${options.pathExample}`
  const timing: FaultTiming = {
    ...(spec.count === undefined ? {} : { count: spec.count as number }),
    ...(spec.after === undefined ? {} : { after: spec.after as number }),
    ...(takesPath ? { path: spec.path as string } : {})
  }
  const kind = typeof spec.kind === 'string' ? spec.kind : ''
  if (kind === 'latencyMs') {
    if (!Number.isInteger(spec.ms) || (spec.ms as number) < 0) return 'ms must be a non-negative integer'
    return { kind: 'latencyMs', ms: spec.ms as number, ...timing }
  }
  if (kind === 'cutConnection' || kind === 'malformedBody') return { kind, ...timing }
  const own = Object.hasOwn(options.kinds, kind) ? options.kinds[kind] : undefined
  if (own) return own(spec, timing)
  return `kind must be one of latencyMs, cutConnection, malformedBody, ${Object.keys(options.kinds).join(', ')}`
}
