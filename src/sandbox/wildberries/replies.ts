/**
 * Response bodies in the shapes the specs give:
 * - problem+json from WB's gateway for 401/403/429 (01-general.yaml components.responses);
 * - the content envelope for content-method errors (02-items.yaml responseBodyContentError400), and plain text when
 *   the body cannot be decoded at all (the cards-list route's `plain/text` example);
 * - `{code, message, data}` for marketplace methods (03-orders-fbs.yaml Error);
 * - `{errors}` for the statistics feed (12-reports.yaml responseErrorStatistics);
 * - `{status, title, detail, requestId, origin}` for FBW supplies (07-orders-fbw.yaml models.ErrorModel);
 * - `{title, detail, requestId, origin}` for analytics (11-analytics.yaml ErrorObject400).
 */
import { randomBytes } from 'node:crypto'
import { formatSeconds } from './time'

export interface Reply {
  status: number
  headers: Record<string, string>
  /**
   * Text, or UTF-8 bytes already encoded. A list of byte parts is sent as it is, not joined: a cards page is
   * assembled from kept cards, and joining 250 KB a request made the fake server allocate, and collect, more
   * than the app it serves.
   */
  body: string | Buffer | readonly Buffer[]
}

/**
 * A large answer sent piece by piece as the pieces are made, with chunked transfer encoding (as WB's statistics
 * API answers): an 80,000-row page never has to exist in memory at once.
 */
export interface StreamedReply {
  status: number
  headers: Record<string, string>
  chunks: Iterable<string | Buffer>
}

/** The auth gateway in front of the content API, as `origin` names it in WB's errors. */
export const CONTENT_AUTH_ORIGIN = 's2s-api-auth-content'

const statusTexts: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error'
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) }
}

/** A body already serialised (cards kept as encoded JSON), in parts that follow each other. */
export function encodedJsonReply(status: number, parts: readonly Buffer[]): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: parts }
}

export const noContentReply = (): Reply => ({ status: 204, headers: {}, body: '' })

const requestId = (): string => randomBytes(16).toString('hex')

export interface Problem {
  status: 401 | 403 | 404 | 429 | 500
  title: string
  detail: string
  /** The gateway that answers; the content one unless said otherwise. */
  origin?: string
  /** WB's internal code; a random trace id unless the error has a fixed one. */
  code?: string
  headers?: Record<string, string>
}

export function problemReply(problem: Problem, nowMs: number): Reply {
  const id = requestId()
  const body = {
    title: problem.title,
    detail: problem.detail,
    code: problem.code ?? `${id.slice(0, 8)}-${id.slice(8, 20)}-[UK-${randomBytes(8).toString('base64url')}]`,
    requestId: id,
    origin: problem.origin ?? CONTENT_AUTH_ORIGIN,
    status: problem.status,
    statusText: statusTexts[problem.status],
    timestamp: formatSeconds(nowMs)
  }
  return { status: problem.status, headers: { 'Content-Type': 'application/problem+json', ...problem.headers }, body: JSON.stringify(body) }
}

export function contentErrorReply(errorText: string, additionalErrors: Record<string, string> | null): Reply {
  return jsonReply(400, { data: null, error: true, errorText, additionalErrors })
}

export function undecodableBodyReply(): Reply {
  return { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Request body can not be decoded' }
}

export function marketplaceErrorReply(status: 400 | 404 | 409, code: string, message: string): Reply {
  return jsonReply(status, { code, message, data: null })
}

/** The spec shows both `errors: ['dateFrom: field required']` and `errors: 'dateFrom: Value not validated'`. */
export function statisticsErrorReply(errors: string | string[]): Reply {
  return jsonReply(400, { errors })
}

/** The goods route declares its 400 as `text/plain; charset=utf-8` with the same JSON body. */
export function suppliesErrorReply(status: 400 | 404, detail: string, contentType = 'application/json; charset=utf-8'): Reply {
  const title = status === 400 ? 'bad request' : 'not found'
  return jsonReply(status, { status, title, detail, requestId: requestId(), origin: 'supply-api' }, { 'Content-Type': contentType })
}

export function analyticsErrorReply(detail: string): Reply {
  return jsonReply(400, { title: 'Invalid request body', detail, requestId: requestId(), origin: 'analytics-open-api' })
}

/** What a 502/503 looks like when it comes from the nginx in front of the API rather than from the API itself. */
export function gatewayErrorReply(status: 502 | 503): Reply {
  const line = status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable'
  const body = `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  return { status, headers: { 'Content-Type': 'text/html' }, body }
}
