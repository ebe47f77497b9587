/**
 * Faults for Ozon API requests that pass the key check, queued as src/sandbox/shared/faults.ts says; a fault may
 * name one method by its path (e.g. `/v4/posting/fbs/list`), as Ozon blocks and limits methods one by one.
 */
import { FaultQueue, parseFaultSpec as parseAnyFault, type CommonOutcome, type FaultController as Controller, type FaultTiming, type LatencyFault } from '../shared/faults'

export type FaultSpec =
  | LatencyFault
  | CommonOutcome
  | (FaultTiming &
      (
        /** 500 answers rpcStatus `{code: 13, message: "Internal error"}`; 502, 503 and 504 the HTML page a gateway sends. Default 503. */
        | { kind: 'status5xx'; status?: 500 | 502 | 503 | 504 }
        /**
         * `{code: 14, message: "Circle is open"}`: Ozon's "the method is temporarily blocked" (tag Errors). The spec
         * gives no HTTP status; default 503.
         */
        | { kind: 'circleOpen'; status?: 429 | 500 | 503 }
        /** The rate limiter's 429, whatever the limiter says. */
        | { kind: 'status429' }
      ))

export type Outcome = Exclude<FaultSpec, { kind: 'latencyMs' }>
export type FaultController = Controller<FaultSpec>

export class Faults extends FaultQueue<FaultSpec> {}

export function parseFaultSpec(body: unknown): FaultSpec | string {
  return parseAnyFault<FaultSpec>(body, {
    pathExample: '/v3/product/list',
    kinds: {
      status5xx: (spec, timing) => {
        if (spec.status !== undefined && ![500, 502, 503, 504].includes(spec.status as number)) return 'status must be 500, 502, 503 or 504'
        return { kind: 'status5xx', ...(spec.status === undefined ? {} : { status: spec.status as 500 | 502 | 503 | 504 }), ...timing }
      },
      circleOpen: (spec, timing) => {
        if (spec.status !== undefined && ![429, 500, 503].includes(spec.status as number)) return 'status must be 429, 500 or 503'
        return { kind: 'circleOpen', ...(spec.status === undefined ? {} : { status: spec.status as 429 | 500 | 503 }), ...timing }
      },
      status429: (_spec, timing) => ({ kind: 'status429', ...timing })
    }
  })
}
