/**
 * Injectable faults for Ozon API requests that pass the key check (not images or admin routes). Each fault applies
 * to the next `count` such requests, or to every one until cleared when `count` is omitted; with `path`, only to
 * that method (e.g. `/v4/posting/fbs/list`); with `after`, only once that many of its requests have passed
 * untouched. A latency fault delays a request and combines with at most one other fault, which decides how it ends.
 */

interface FaultTiming {
  count?: number
  /** Requests (to `path`, if given) to let through before this fault starts to apply. */
  after?: number
  /** Only requests to this method path; every method when omitted. */
  path?: string
}

export type FaultSpec = FaultTiming &
  (
    | { kind: 'latencyMs'; ms: number }
    /** 500 answers rpcStatus `{code: 13, message: "Internal error"}`; 502, 503 and 504 the HTML page a gateway sends. Default 503. */
    | { kind: 'status5xx'; status?: 500 | 502 | 503 | 504 }
    /**
     * `{code: 14, message: "Circle is open"}`: Ozon's "the method is temporarily blocked" (tag Errors). The spec
     * gives no HTTP status; default 503.
     */
    | { kind: 'circleOpen'; status?: 429 | 500 | 503 }
    /** Sends the headers and half of the real body, then destroys the socket. */
    | { kind: 'cutConnection' }
    /** 200 with a body that is not valid JSON. */
    | { kind: 'malformedBody' }
    /** The rate limiter's 429, whatever the limiter says. */
    | { kind: 'status429' }
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

  /** Takes what applies to a request to `path` that just arrived. */
  next(path: string): FaultPlan {
    const applies = (fault: FaultSpec) => (fault.path === undefined || fault.path === path) && !fault.after
    const latency = this.consume((fault): fault is LatencyFault => fault.kind === 'latencyMs' && applies(fault))
    const outcome = this.consume((fault): fault is Outcome => fault.kind !== 'latencyMs' && applies(fault))
    for (const fault of this.queue) if (fault.after && (fault.path === undefined || fault.path === path)) fault.after -= 1
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
  if (spec.path !== undefined && (typeof spec.path !== 'string' || !spec.path.startsWith('/'))) return 'path must be a method path such as /v3/product/list'
  const timing = {
    ...(spec.count === undefined ? {} : { count: spec.count as number }),
    ...(spec.after === undefined ? {} : { after: spec.after as number }),
    ...(spec.path === undefined ? {} : { path: spec.path as string })
  }
  switch (spec.kind) {
    case 'latencyMs':
      if (!Number.isInteger(spec.ms) || (spec.ms as number) < 0) return 'ms must be a non-negative integer'
      return { kind: 'latencyMs', ms: spec.ms as number, ...timing }
    case 'status5xx':
      if (spec.status !== undefined && ![500, 502, 503, 504].includes(spec.status as number)) return 'status must be 500, 502, 503 or 504'
      return { kind: 'status5xx', ...(spec.status === undefined ? {} : { status: spec.status as 500 | 502 | 503 | 504 }), ...timing }
    case 'circleOpen':
      if (spec.status !== undefined && ![429, 500, 503].includes(spec.status as number)) return 'status must be 429, 500 or 503'
      return { kind: 'circleOpen', ...(spec.status === undefined ? {} : { status: spec.status as 429 | 500 | 503 }), ...timing }
    case 'cutConnection':
    case 'malformedBody':
    case 'status429':
      return { kind: spec.kind, ...timing }
    default:
      return 'kind must be one of latencyMs, status5xx, circleOpen, cutConnection, malformedBody, status429'
  }
}
