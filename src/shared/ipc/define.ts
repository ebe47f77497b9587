import type { z } from 'zod'
import type { TableName } from '../domain/tables'

/**
 * One IPC call: a zod schema for what the renderer sends, the type main answers with (carried as a
 * phantom), and the mirror tables a successful call writes, so the renderer can refresh what read them.
 */
export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly changes: readonly TableName[]
  /** Type-only: never read at run time. */
  readonly output?: O
}

export function call<O>() {
  return <I extends z.ZodType>(input: I, changes: readonly TableName[] = []): CallSpec<I, O> => ({ input, changes })
}

/** One push event from main to the renderer, typed by its payload. */
export interface EventSpec<P = unknown> {
  readonly payload?: P
}

export function event<P>(): EventSpec<P> {
  return {}
}
