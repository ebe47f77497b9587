import type { z } from 'zod'
import type { Dataset } from '../domain/datasets'

/**
 * One IPC call: a zod schema for what the renderer sends, the type main answers with (carried as a
 * phantom), the datasets its answer is read from and the datasets a successful call changes: a change
 * makes stale exactly the cached answers that read it.
 */
export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly reads: readonly Dataset[]
  readonly changes: readonly Dataset[]
  /** Type-only: never read at run time. */
  readonly output?: O
}

export function call<O>() {
  return <I extends z.ZodType>(
    input: I,
    datasets: { reads?: readonly Dataset[]; changes?: readonly Dataset[] } = {}
  ): CallSpec<I, O> => ({ input, reads: datasets.reads ?? [], changes: datasets.changes ?? [] })
}

/** One push event from main to the renderer, typed by its payload. */
export interface EventSpec<P = unknown> {
  readonly payload?: P
}

export function event<P>(): EventSpec<P> {
  return {}
}
