import { Agent, request as sendRequest, type Dispatcher } from 'undici'
import { silentLogger, type Logger } from '../log'
import { systemClock, type Clock } from './clock'
import {
  classifyTransportError,
  httpError,
  keepErrorBody,
  redactSecrets,
  type HttpError,
  type HttpFailure,
  type HttpMethod
} from './errors'
import type { RateBudget } from './rate-budget'
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_WAIT_MS,
  decideRetry,
  isIdempotent,
  isRateLimitStatus,
  type TransportFailure
} from './retry-policy'

export interface HttpRequest {
  method: HttpMethod
  url: string
  query?: Record<string, string | number | boolean | undefined>
  headers?: Record<string, string>
  json?: unknown
  /** How to read a 2xx body. Default 'json'. 'bytes' leaves a large body undecoded, for the caller to parse in parts. */
  expect?: Expectation
  /** Per attempt, from sending to the last byte of the body; waits for the budget or a retry are not counted. Default 30 s. */
  timeoutMs?: number
  /** Lets a POST that only reads (Ozon, WB) be retried after a 5xx or a network error. */
  idempotent?: boolean
  maxAttempts?: number
  /** A longer wait demanded by the provider is not slept through: the call fails with `retryAt` instead. */
  maxWaitMs?: number
  budget?: RateBudget
  budgetCost?: number
  /** What the provider bills for a 4xx/5xx with this status (WB Marketplace: 10); the excess over budgetCost is charged. */
  errorCost?: (status: number) => number
  signal?: AbortSignal
  onAttempt?: (info: { attempt: number }) => void
  onWait?: (untilEpochMs: number, reason: 'budget' | 'rate_limited' | 'backoff') => void
  onRateLimited?: (info: { status: number; waitMs: number }) => void
}

export interface HttpResponse<T> {
  status: number
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** Undefined for `expect: 'none'` and for 204; a Buffer for `expect: 'bytes'`. */
  body: T
}

export interface HttpClientOptions {
  dispatcher?: Dispatcher
  clock?: Clock
  random?: () => number
  log?: Logger
  userAgent?: string
}

export interface HttpClient {
  /** Resolves with a 2xx response; anything else rejects with an HttpError. */
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>
  /** Closes the connections of the client's own agent (a dispatcher passed in stays open). */
  close(): Promise<void>
}

const DEFAULT_TIMEOUT_MS = 30_000
const CONNECT_TIMEOUT_MS = 10_000
/**
 * Idle connections are kept longer than undici's 4 s: DaData refuses more than 60 new TCP connections a minute
 * per IP, and a seller's searches come seconds apart. Servers that announce a shorter Keep-Alive still win.
 */
const KEEP_ALIVE_TIMEOUT_MS = 10_000
/** An error body is only kept for diagnosis; the rest is read and dropped so the socket can be reused. */
const ERROR_BODY_READ_LIMIT = 64 * 1024
/** Request headers whose values are never secret, so they are not masked in error bodies. */
const PUBLIC_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'user-agent'])

interface PreparedRequest {
  url: string
  /** Origin and path: what errors and logs may show. */
  safeUrl: string
  headers: Record<string, string>
  body: string | undefined
  /** Values of the request that a response might echo back (keys, tokens). */
  secrets: string[]
}

type Expectation = 'json' | 'text' | 'bytes' | 'none'

type Exchange =
  | { kind: 'response'; status: number; headers: Record<string, string>; text: string; bytes?: Buffer }
  | { kind: 'failed'; failure: TransportFailure | 'cancelled' | 'invalid_request'; cause?: unknown }

export function createHttpClient(opts: HttpClientOptions = {}): HttpClient {
  const clock = opts.clock ?? systemClock
  const random = opts.random ?? Math.random
  const log = opts.log ?? silentLogger
  const userAgent = opts.userAgent ?? 'SFERA-Desktop'
  const ownsDispatcher = opts.dispatcher === undefined
  // Headers and body timeouts are set per request from timeoutMs, so a long report download is not cut short here.
  const dispatcher = opts.dispatcher ?? new Agent({ connectTimeout: CONNECT_TIMEOUT_MS, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS })

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const prepared = prepare(req, userAgent)
    const { method, signal, budget } = req
    const url = prepared.safeUrl
    const fail = (failure: HttpFailure, extra: { body?: unknown; cause?: unknown } = {}): HttpError =>
      httpError(failure, { method, url, ...extra })
    const idempotent = isIdempotent(method, req.idempotent)
    const maxAttempts = req.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
    const maxWaitMs = req.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
    const budgetCost = req.budgetCost ?? 1
    const expect = req.expect ?? 'json'

    const wait = async (ms: number, reason: 'rate_limited' | 'backoff') => {
      req.onWait?.(clock.now() + ms, reason)
      try {
        await clock.sleep(ms, signal)
      } catch {
        throw fail({ kind: 'cancelled' })
      }
    }

    for (let attempt = 1; ; attempt++) {
      if (budget) {
        try {
          await budget.acquire(budgetCost, { signal, onWait: (until) => req.onWait?.(until, 'budget') })
        } catch (error) {
          if (signal?.aborted) throw fail({ kind: 'cancelled' })
          throw error
        }
      }
      if (signal?.aborted) throw fail({ kind: 'cancelled' })
      req.onAttempt?.({ attempt })

      const startedAt = clock.now()
      const result = await exchange(prepared, req, expect)
      const retryContext = { attempt, maxAttempts, maxWaitMs, idempotent, now: clock.now(), random }

      if (result.kind === 'failed') {
        const { failure, cause } = result
        if (failure === 'cancelled' || failure === 'invalid_request') throw fail({ kind: failure }, { cause })
        const decision = decideRetry({ kind: 'transport', failure }, retryContext)
        log.warn('http failed', { method, url, attempt, failure, retry: decision.action === 'retry' })
        if (decision.action === 'give_up') throw fail({ kind: failure }, { cause })
        await wait(decision.waitMs, decision.reason)
        continue
      }

      const { status, headers, text, bytes } = result
      const now = retryContext.now
      log.debug('http response', { method, url, status, attempt, ms: now - startedAt })

      if (status >= 200 && status < 300) {
        if (expect === 'none' || status === 204) return { status, headers, body: undefined as T }
        if (expect === 'text') return { status, headers, body: text as T }
        if (bytes) return { status, headers, body: bytes as T }
        try {
          return { status, headers, body: JSON.parse(text) as T }
        } catch (cause) {
          throw fail({ kind: 'malformed', status }, { body: keptBody(text), cause })
        }
      }

      const extraCost = (req.errorCost?.(status) ?? budgetCost) - budgetCost
      if (budget && extraCost > 0) budget.charge(extraCost)

      const decision = decideRetry({ kind: 'status', status, headers }, retryContext)
      const rateLimitWaitMs = isRateLimitStatus(status) ? decision.waitMs : null
      if (rateLimitWaitMs !== null) {
        budget?.pauseUntil(now + rateLimitWaitMs)
        req.onRateLimited?.({ status, waitMs: rateLimitWaitMs })
        log.warn('http rate limited', { method, url, status, attempt, waitMs: rateLimitWaitMs })
      }
      if (decision.action === 'give_up') {
        const failure: HttpFailure =
          rateLimitWaitMs !== null
            ? { kind: 'rate_limited', status, retryAt: now + rateLimitWaitMs }
            : { kind: 'status', status, retryAt: decision.waitMs === null ? null : now + decision.waitMs }
        throw fail(failure, { body: keptBody(text) })
      }
      if (decision.reason === 'backoff') log.warn('http retry', { method, url, status, attempt, waitMs: decision.waitMs })
      await wait(decision.waitMs, decision.reason)
    }

    function keptBody(text: string): unknown {
      return keepErrorBody(redactSecrets(text, prepared.secrets))
    }
  }

  async function exchange(prepared: PreparedRequest, req: HttpRequest, expect: Expectation): Promise<Exchange> {
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS
    // Real time, not the injected clock: the network does not run on a test's fake time.
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const onCallerAbort = () => controller.abort()
    req.signal?.addEventListener('abort', onCallerAbort, { once: true })
    try {
      const res = await sendRequest(prepared.url, {
        method: req.method,
        headers: prepared.headers,
        body: prepared.body,
        signal: controller.signal,
        dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs
      })
      const status = res.statusCode
      const headers = flattenHeaders(res.headers)
      const ok = status >= 200 && status < 300
      // The body is always consumed: an unread undici body holds its socket forever.
      if (ok && (expect === 'none' || status === 204)) {
        await res.body.dump()
        return { kind: 'response', status, headers, text: '' }
      }
      if (ok && expect === 'bytes') return { kind: 'response', status, headers, text: '', bytes: Buffer.from(await res.body.arrayBuffer()) }
      const text = ok ? await res.body.text() : await readCapped(res.body, ERROR_BODY_READ_LIMIT)
      return { kind: 'response', status, headers, text }
    } catch (error) {
      if (req.signal?.aborted) return { kind: 'failed', failure: 'cancelled' }
      if (timedOut) return { kind: 'failed', failure: 'timeout', cause: error }
      return { kind: 'failed', failure: classifyTransportError(error), cause: error }
    } finally {
      clearTimeout(timer)
      req.signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  return {
    request,
    close: async () => {
      if (ownsDispatcher) await dispatcher.close()
    }
  }
}

function prepare(req: HttpRequest, userAgent: string): PreparedRequest {
  let url: URL
  try {
    url = new URL(req.url)
  } catch (cause) {
    throw httpError({ kind: 'invalid_request' }, { method: req.method, url: '', cause })
  }
  const safeUrl = url.origin + url.pathname
  // Credentials belong in a header (SMS Aero's Basic auth too): undici would not send them from the URL.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw httpError({ kind: 'invalid_request' }, { method: req.method, url: safeUrl })
  }
  for (const [name, value] of Object.entries(req.query ?? {})) {
    if (value !== undefined) url.searchParams.append(name, String(value))
  }

  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: req.expect === 'json' || req.expect === 'bytes' || req.expect === undefined ? 'application/json' : '*/*'
  }
  if (req.json !== undefined) headers['content-type'] = 'application/json'
  for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value

  // Each query value as sent (an echoed URL shows it encoded) and as decoded (an echoed parameter shows it plain).
  const secrets = url.search
    .slice(1)
    .split('&')
    .map((pair) => pair.slice(pair.indexOf('=') + 1))
  secrets.push(...url.searchParams.values())
  for (const [name, value] of Object.entries(headers)) {
    // "Bearer <token>", "Token <key>": the provider may echo the key alone.
    if (!PUBLIC_HEADERS.has(name)) secrets.push(value, ...value.split(/\s+/))
  }

  return {
    url: url.toString(),
    safeUrl,
    headers,
    body: req.json === undefined ? undefined : JSON.stringify(req.json),
    // Longest first, so a key is masked whole before any part of it.
    secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length)
  }
}

async function readCapped(body: AsyncIterable<Buffer>, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    if (size >= limit) continue
    chunks.push(chunk)
    size += chunk.length
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8')
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}
