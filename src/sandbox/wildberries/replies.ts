/**
 * Response bodies in the shapes the spec gives: problem+json for gateway errors (401/429, 01-general.yaml
 * components.responses), the content envelope for content-method errors (02-items.yaml responseBodyContentError400),
 * and a plain-text 400 when the body cannot be decoded at all (the cards-list route's `plain/text` example).
 */
import { randomBytes } from 'node:crypto'
import { formatSeconds } from './time'

export interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

/** The auth gateway in front of the content API, as `origin` names it in WB's errors. */
const ORIGIN = 's2s-api-auth-content'

const statusTexts: Record<number, string> = {
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error'
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) }
}

export function problemReply(
  status: 401 | 404 | 429 | 500,
  title: string,
  detail: string,
  nowMs: number,
  headers: Record<string, string> = {}
): Reply {
  const requestId = randomBytes(16).toString('hex')
  const body = {
    title,
    detail,
    code: `${requestId.slice(0, 8)}-${requestId.slice(8, 20)}-[UK-${randomBytes(8).toString('base64url')}]`,
    requestId,
    origin: ORIGIN,
    status,
    statusText: statusTexts[status],
    timestamp: formatSeconds(nowMs)
  }
  return { status, headers: { 'Content-Type': 'application/problem+json', ...headers }, body: JSON.stringify(body) }
}

export function contentErrorReply(errorText: string, additionalErrors: Record<string, string> | null): Reply {
  return jsonReply(400, { data: null, error: true, errorText, additionalErrors })
}

export function undecodableBodyReply(): Reply {
  return { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Request body can not be decoded' }
}

/** What a 502/503 looks like when it comes from the nginx in front of the API rather than from the API itself. */
export function gatewayErrorReply(status: 502 | 503): Reply {
  const line = status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable'
  const body = `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  return { status, headers: { 'Content-Type': 'text/html' }, body }
}
