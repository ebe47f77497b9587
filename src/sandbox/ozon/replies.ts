/**
 * Response bodies. Every Ozon error is an `rpcStatus` `{code, message, details}` (swagger.json
 * components.schemas.rpcStatus; `code` is the gRPC status code: 3 invalid argument, 5 not found, 7 permission
 * denied, 8 resource exhausted, 13 internal, 14 unavailable, 16 unauthenticated). The spec gives no HTTP status for
 * auth failures and rate limiting; the ones used here are in auth.ts and rate-limit.ts.
 */

export interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }
}

export const noContentReply = (): Reply => ({ status: 204, headers: {}, body: '' })

export const RpcCode = {
  invalidArgument: 3,
  notFound: 5,
  permissionDenied: 7,
  resourceExhausted: 8,
  unimplemented: 12,
  internal: 13,
  unavailable: 14,
  unauthenticated: 16
} as const

export function rpcStatusReply(status: number, code: number, message: string): Reply {
  return jsonReply(status, { code, message, details: [] })
}

/** 400 for a request Ozon's validation refuses. */
export function invalidArgumentReply(message: string): Reply {
  return rpcStatusReply(400, RpcCode.invalidArgument, message)
}

export const RATE_LIMIT_MESSAGE = 'You have reached request rate limit per second'

/** HTTP 429 `{"code":8,…}`: what third-party clients record from Ozon (GROUND-TRUTH §2.5). */
export function rateLimitedReply(): Reply {
  return rpcStatusReply(429, RpcCode.resourceExhausted, RATE_LIMIT_MESSAGE)
}

/** What a 502/503/504 looks like when it comes from the gateway in front of the API rather than from the API. */
export function gatewayErrorReply(status: 502 | 503 | 504): Reply {
  const line = { 502: '502 Bad Gateway', 503: '503 Service Temporarily Unavailable', 504: '504 Gateway Time-out' }[status]
  const body = `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  return { status, headers: { 'Content-Type': 'text/html' }, body }
}
