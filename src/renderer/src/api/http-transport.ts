import type { ErrorCode } from '../../../shared/domain/errors'
import { datasets } from '../../../shared/domain/datasets'
import { callNames, eventNames, splitCallName, type CallName, type CallResult, type EventName, type SferaApi } from '../../../shared/ipc'
import { takeSessionToken } from './session-token'
import { SseParser, type SseMessage } from './sse'

/** `params.service` of errors raised by this transport: the local SFERA host, not a marketplace, failed. */
export const localHostService = 'SFERA'

export interface HttpSferaOptions {
  /** Per-run token of the browser host; read from the page address or the session by default. */
  token?: string | null
  fetch?: typeof fetch
  /** Origin of the host; the page's own origin by default. */
  baseUrl?: string
  /** Wait before reconnect attempt `attempt` (0-based) of the event stream. */
  reconnectDelayMs?: (attempt: number) => number
}

type Listener = (payload: unknown) => void

const defaultReconnectDelays = [500, 1_000, 2_000, 5_000, 10_000, 15_000]

function defaultReconnectDelayMs(attempt: number): number {
  return defaultReconnectDelays[Math.min(attempt, defaultReconnectDelays.length - 1)] ?? 15_000
}

function failure(code: ErrorCode, message: string): CallResult<never> {
  return { ok: false, error: { code, message, params: { service: localHostService } } }
}

function isCallResult(value: unknown): value is CallResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

function isEventName(name: string): name is EventName {
  return (eventNames as string[]).includes(name)
}

/**
 * The browser host's window.sfera: the same SferaApi the Electron preload exposes, carried over HTTP.
 * Calls are `POST /api/call/<name>`; push events arrive as server-sent events on `GET /api/events`.
 */
export function createHttpSfera(options: HttpSferaOptions = {}): SferaApi {
  const token =
    options.token !== undefined
      ? options.token
      : takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage })
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
  const baseUrl = options.baseUrl ?? ''
  const reconnectDelayMs = options.reconnectDelayMs ?? defaultReconnectDelayMs
  const authorization = `Bearer ${token ?? ''}`

  async function call(name: CallName, input: unknown): Promise<CallResult<unknown>> {
    let response: Response
    try {
      response = await fetchImpl(`${baseUrl}/api/call/${name}`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      return failure('network_unreachable', 'The SFERA host cannot be reached')
    }
    if (response.status === 401 || response.status === 403) {
      return failure('forbidden_sender', `The SFERA host refused the session (HTTP ${response.status})`)
    }
    if (!response.ok) return failure('network_unreachable', `The SFERA host answered HTTP ${response.status}`)
    try {
      const body: unknown = await response.json()
      return isCallResult(body) ? body : failure('malformed_response', 'The SFERA host sent an unexpected answer')
    } catch {
      return failure('malformed_response', 'The SFERA host sent a body that is not JSON')
    }
  }

  const listeners = new Map<EventName, Set<Listener>>()
  let streamStarted = false

  function emit(name: EventName, payload: unknown): void {
    for (const listener of listeners.get(name) ?? []) listener(payload)
  }

  function dispatchMessage(message: SseMessage): void {
    if (!isEventName(message.event)) return
    let payload: unknown
    try {
      payload = JSON.parse(message.data)
    } catch {
      return
    }
    emit(message.event, payload)
  }

  async function readStream(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader()
    const decoder = new TextDecoder()
    const parser = new SseParser()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      for (const message of parser.push(decoder.decode(value, { stream: true }))) dispatchMessage(message)
    }
  }

  async function runEventStream(): Promise<void> {
    let attempt = 0
    let connectedBefore = false
    for (;;) {
      try {
        const response = await fetchImpl(`${baseUrl}/api/events`, {
          headers: { Authorization: authorization, Accept: 'text/event-stream' },
          cache: 'no-store'
        })
        if (response.ok && response.body) {
          // Events may have been missed while disconnected: every dataset may have changed meanwhile.
          if (connectedBefore) emit('data.changed', { datasets: [...datasets] })
          connectedBefore = true
          attempt = 0
          await readStream(response.body)
        }
      } catch {
        // The stream broke or the host is gone: reconnect below.
      }
      await new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(attempt++)))
    }
  }

  function subscribe(name: EventName, listener: Listener): () => void {
    let set = listeners.get(name)
    if (!set) listeners.set(name, (set = new Set()))
    set.add(listener)
    if (!streamStarted) {
      streamStarted = true
      void runEventStream()
    }
    return () => set.delete(listener)
  }

  const on: Record<string, unknown> = {}
  for (const name of eventNames) on[name] = (listener: Listener) => subscribe(name, listener)
  const api: Record<string, Record<string, unknown>> = { on }
  for (const name of callNames) {
    const [domain, method] = splitCallName(name)
    const group = (api[domain] ??= {})
    group[method] = (input: unknown) => call(name, input)
  }
  return api as unknown as SferaApi
}
