/**
 * Faults for WB API requests that pass the token check, queued as src/sandbox/shared/faults.ts says. WB's faults
 * apply to every route: WB's limits are per method group, not per method, and no test needs to pick one.
 */
import { FaultQueue, isPositiveInteger, parseFaultSpec as parseAnyFault, type CommonOutcome, type FaultController as Controller, type FaultTiming, type LatencyFault } from '../shared/faults'

/** Each member of the union without `path`. */
type WithoutPath<T> = T extends unknown ? Omit<T, 'path'> : never

export type FaultSpec = WithoutPath<
  | LatencyFault
  | CommonOutcome
  | (FaultTiming &
      (
        /** 500 answers with problem+json, 502 and 503 with the HTML page a gateway sends. Default 503. */
        | { kind: 'status5xx'; status?: 500 | 502 | 503 }
        /** 429 with `X-Ratelimit-Retry: retrySeconds` (default 1) regardless of the real limiter. */
        | { kind: 'status429'; retrySeconds?: number }
      ))
>

export type Outcome = Exclude<FaultSpec, { kind: 'latencyMs' }>
export type FaultController = Controller<FaultSpec>

export class Faults extends FaultQueue<FaultSpec> {}

export function parseFaultSpec(body: unknown): FaultSpec | string {
  return parseAnyFault<FaultSpec>(body, {
    kinds: {
      status5xx: (spec, timing) => {
        if (spec.status !== undefined && spec.status !== 500 && spec.status !== 502 && spec.status !== 503) return 'status must be 500, 502 or 503'
        return { kind: 'status5xx', ...(spec.status === undefined ? {} : { status: spec.status }), ...timing }
      },
      status429: (spec, timing) => {
        if (spec.retrySeconds !== undefined && !isPositiveInteger(spec.retrySeconds)) return 'retrySeconds must be a positive integer'
        return { kind: 'status429', ...(spec.retrySeconds === undefined ? {} : { retrySeconds: spec.retrySeconds as number }), ...timing }
      }
    }
  })
}
