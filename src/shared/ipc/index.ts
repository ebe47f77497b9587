import type { z } from 'zod'
import type { SferaErrorPayload } from '../domain/errors'
import { accountsCalls } from './accounts'
import { appCalls } from './app'
import type { CallSpec, EventSpec } from './define'
import { events } from './events'
import { fbsPostingsCalls } from './fbs-postings'
import { ordersCalls } from './orders'
import { productsCalls } from './products'
import { salesCalls } from './sales'
import { stocksCalls } from './stocks'
import { suppliesCalls } from './supplies'
import { syncCalls } from './sync'

/** The whole surface between renderer and main: add a domain by adding its file here. */
export const callDomains = [
  appCalls,
  accountsCalls,
  productsCalls,
  stocksCalls,
  ordersCalls,
  salesCalls,
  suppliesCalls,
  fbsPostingsCalls,
  syncCalls
] as const

export const calls = Object.assign({}, ...callDomains) as typeof appCalls &
  typeof accountsCalls &
  typeof productsCalls &
  typeof stocksCalls &
  typeof ordersCalls &
  typeof salesCalls &
  typeof suppliesCalls &
  typeof fbsPostingsCalls &
  typeof syncCalls

export { events }

export type Calls = typeof calls
export type CallName = keyof Calls
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>
export type ParsedCallInput<K extends CallName> = z.output<Calls[K]['input']>
export type CallOutput<K extends CallName> = Calls[K] extends CallSpec<z.ZodType, infer O> ? O : never

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = Events[E] extends EventSpec<infer P> ? P : never

export const callNames = Object.keys(calls) as CallName[]
export const eventNames = Object.keys(events) as EventName[]

/** What crosses the wire for every call, in Electron IPC and over HTTP alike. */
export type CallResult<O> = { ok: true; value: O } | { ok: false; error: SferaErrorPayload }

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never
type MethodOf<K, D extends string> = K extends `${D}.${infer M}` ? M : never

/** window.sfera: one named function per call, grouped by domain, plus one subscriber per event. */
export type SferaApi = {
  [D in DomainOf<CallName>]: {
    [K in CallName as MethodOf<K, D>]: (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>>
  }
} & {
  on: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void }
}

export const ipcChannel = {
  call: (name: CallName) => `sfera:call:${name}`,
  event: (name: EventName) => `sfera:event:${name}`
}

export function splitCallName(name: CallName): [domain: string, method: string] {
  const dot = name.indexOf('.')
  return [name.slice(0, dot), name.slice(dot + 1)]
}
