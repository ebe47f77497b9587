/**
 * Injectable faults for WB API requests that pass the token check (not photos or admin routes). Each fault applies
 * to the next `count` such requests, or to every one until cleared when `count` is omitted; with `after`, only once
 * that many requests have passed untouched, so a test can fail a sync at a point of its progress rather than of
 * time. A latency fault delays a request and combines with at most one other fault, which decides how it ends.
 */

interface FaultTiming {
  count?: number
  /** Requests to let through before this fault starts to apply. */
  after?: number
}

export type FaultSpec = FaultTiming &
  (
    | { kind: 'latencyMs'; ms: number }
    /** 500 answers with problem+json, 502 and 503 with the HTML page a gateway sends. Default 503. */
    | { kind: 'status5xx'; status?: 500 | 502 | 503 }
    /** Sends the headers and part of the real body, then destroys the socket. */
    | { kind: 'cutConnection' }
    /** 200 with a body that is not valid JSON. */
    | { kind: 'malformedBody' }
    /** 429 with `X-Ratelimit-Retry: retrySeconds` (default 1) regardless of the real limiter. */
    | { kind: 'status429'; retrySeconds?: number }
  )

type LatencyFault = Extract<FaultSpec, { kind: 'latencyMs' }>
export type Outcome = Exclude<FaultSpec, LatencyFault>

export interface FaultController {
  inject(fault: FaultSpec): void
  clear(): void
  /** Faults still waiting to apply; `count` is what remains. */
  pending(): FaultSpec[]
}

export interface FaultPlan {
  latencyMs: number
  outcome?: Outcome
}

export class Faults implements FaultController {
  private queue: FaultSpec[] = []

  inject(fault: FaultSpec): void {
    this.queue.push({ ...fault })
  }

  clear(): void {
    this.queue = []
  }

  pending(): FaultSpec[] {
    return this.queue.map((fault) => ({ ...fault }))
  }

  /** Takes what applies to the request that just arrived. */
  next(): FaultPlan {
    const latency = this.consume((fault): fault is LatencyFault => fault.kind === 'latencyMs' && !fault.after)
    const outcome = this.consume((fault): fault is Outcome => fault.kind !== 'latencyMs' && !fault.after)
    for (const fault of this.queue) if (fault.after) fault.after -= 1
    return { latencyMs: latency?.ms ?? 0, ...(outcome ? { outcome } : {}) }
  }

  private consume<F extends FaultSpec>(matches: (fault: FaultSpec) => fault is F): F | undefined {
    const position = this.queue.findIndex(matches)
    if (position < 0) return undefined
    const fault = this.queue[position] as F
    if (fault.count !== undefined) {
      fault.count -= 1
      if (fault.count <= 0) this.queue.splice(position, 1)
    }
    return fault
  }
}

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0

/** Validates a fault sent to the admin endpoint; returns the fault or a reason it was refused. */
export function parseFaultSpec(body: unknown): FaultSpec | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object'
  const spec = body as Record<string, unknown>
  if (spec.count !== undefined && !isPositiveInteger(spec.count)) return 'count must be a positive integer'
  if (spec.after !== undefined && !(Number.isInteger(spec.after) && (spec.after as number) >= 0)) return 'after must be a non-negative integer'
  const count = {
    ...(spec.count === undefined ? {} : { count: spec.count as number }),
    ...(spec.after === undefined ? {} : { after: spec.after as number })
  }
  switch (spec.kind) {
    case 'latencyMs':
      if (!Number.isInteger(spec.ms) || (spec.ms as number) < 0) return 'ms must be a non-negative integer'
      return { kind: 'latencyMs', ms: spec.ms as number, ...count }
    case 'status5xx':
      if (spec.status !== undefined && spec.status !== 500 && spec.status !== 502 && spec.status !== 503) {
        return 'status must be 500, 502 or 503'
      }
      return { kind: 'status5xx', ...(spec.status === undefined ? {} : { status: spec.status }), ...count }
    case 'status429':
      if (spec.retrySeconds !== undefined && !isPositiveInteger(spec.retrySeconds)) return 'retrySeconds must be a positive integer'
      return { kind: 'status429', ...(spec.retrySeconds === undefined ? {} : { retrySeconds: spec.retrySeconds as number }), ...count }
    case 'cutConnection':
    case 'malformedBody':
      return { kind: spec.kind, ...count }
    default:
      return 'kind must be one of latencyMs, status5xx, cutConnection, malformedBody, status429'
  }
}
