import { SferaError, type ErrorCode, type ErrorParams } from '../../shared/domain/errors'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpErrorInit {
  code: ErrorCode
  message: string
  params?: ErrorParams
  status: number | null
  method: HttpMethod
  /** Origin and path only. */
  url: string
  body?: unknown
  retryAt?: number | null
  cause?: unknown
}

/**
 * A failed HTTP exchange. Every field is safe to log and to send to the renderer: `url` carries no query string
 * (SMS.ru puts its key there), no header value is kept, and `body` has the request's secrets masked out.
 */
export class HttpError extends SferaError {
  readonly status: number | null
  readonly method: HttpMethod
  readonly url: string
  readonly body: unknown
  readonly retryAt: number | null

  constructor(init: HttpErrorInit) {
    super(init.code, init.message, init.params)
    this.name = 'HttpError'
    this.status = init.status
    this.method = init.method
    this.url = init.url
    this.body = init.body ?? null
    this.retryAt = init.retryAt ?? null
    if (init.cause !== undefined) Object.defineProperty(this, 'cause', { value: init.cause, enumerable: false })
  }
}

/** Where the failure came from; the client fills in method, url, body and cause. */
export type HttpFailure =
  | { kind: 'status'; status: number; retryAt?: number | null }
  | { kind: 'rate_limited'; status: number; retryAt: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'malformed'; status: number }
  | { kind: 'cancelled' }
  | { kind: 'invalid_request' }

function describeFailure(failure: HttpFailure): { code: ErrorCode; message: string; params?: ErrorParams } {
  switch (failure.kind) {
    case 'rate_limited':
      return {
        code: 'rate_limited',
        message: 'Превышен лимит запросов к сервису, повторите позже',
        params: { retryAt: failure.retryAt }
      }
    case 'network':
      return { code: 'network_unreachable', message: 'Нет соединения с сервисом' }
    case 'timeout':
      return { code: 'timeout', message: 'Сервис не ответил вовремя' }
    case 'malformed':
      return { code: 'malformed_response', message: 'Сервис прислал ответ в неожиданном формате' }
    case 'cancelled':
      return { code: 'cancelled', message: 'Запрос отменён' }
    case 'invalid_request':
      return { code: 'internal', message: 'Некорректный адрес или заголовки запроса' }
    case 'status':
      return describeStatus(failure.status)
  }
}

function describeStatus(status: number): { code: ErrorCode; message: string; params?: ErrorParams } {
  if (status === 401) return { code: 'auth_failed', message: 'Сервис не принял ключ доступа' }
  if (status === 403) return { code: 'access_denied', message: 'Сервис отказал в доступе' }
  if (status >= 500) return { code: 'upstream_error', message: `Сервис временно недоступен (HTTP ${status})`, params: { status } }
  return { code: 'upstream_error', message: `Сервис вернул ошибку (HTTP ${status})`, params: { status } }
}

export function httpError(failure: HttpFailure, context: Omit<HttpErrorInit, 'code' | 'message' | 'params' | 'status' | 'retryAt'>): HttpError {
  const status = 'status' in failure ? failure.status : null
  const retryAt = 'retryAt' in failure ? (failure.retryAt ?? null) : null
  return new HttpError({ ...describeFailure(failure), ...context, status, retryAt })
}

/** What an error body looks like once kept: parsed JSON if small and valid, else at most 2 KB of text. */
const ERROR_BODY_LIMIT = 2048

/**
 * Masks the request's own secrets in a response body before it is kept: some services echo the key back
 * (DaData's quota 403 names the token). Values shorter than 8 characters are left alone, they are ids and flags.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join('[скрыто]')
  }
  return out
}

export function keepErrorBody(text: string): unknown {
  if (text.length === 0) return null
  if (text.length > ERROR_BODY_LIMIT) return text.slice(0, ERROR_BODY_LIMIT) + '…'
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT'
])

/**
 * Sorts a thrown transport error. Anything not known to be a timeout or a malformed request is taken as a network
 * failure (refused, reset, DNS, socket closed mid-body, TLS), which is what the seller sees as "offline".
 */
export function classifyTransportError(error: unknown): 'network' | 'timeout' | 'invalid_request' {
  const code = errorCode(error)
  if (code !== undefined && TIMEOUT_CODES.has(code)) return 'timeout'
  if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL') return 'invalid_request'
  return 'network'
}

/** Node puts the code on the error, undici sometimes on its cause, happy-eyeballs connects on each of `errors`. */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === 'string') return code
  if (cause !== undefined) return errorCode(cause, depth + 1)
  return Array.isArray(errors) ? errorCode(errors[0], depth + 1) : undefined
}
