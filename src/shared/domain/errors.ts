/**
 * Every failure that crosses IPC is one of these codes. The renderer shows a Russian (or English)
 * text for the code; `message` is a safe fallback for logs and never contains a secret.
 */
export const errorCodes = [
  'invalid_input',
  'forbidden_sender',
  'unknown_call',
  'not_found',
  'auth_failed',
  'access_denied',
  'rate_limited',
  'network_unreachable',
  'timeout',
  'upstream_error',
  'malformed_response',
  'vault_unavailable',
  'sync_in_progress',
  'cancelled',
  'internal'
] as const
export type ErrorCode = (typeof errorCodes)[number]

export type ErrorParams = Record<string, string | number>

export interface SferaErrorPayload {
  code: ErrorCode
  message: string
  params?: ErrorParams
}

/** Thrown in main and rebuilt in the renderer from the wire payload. */
export class SferaError extends Error {
  readonly code: ErrorCode
  readonly params: ErrorParams | undefined

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message)
    this.name = 'SferaError'
    this.code = code
    this.params = params
  }

  toPayload(): SferaErrorPayload {
    return this.params ? { code: this.code, message: this.message, params: this.params } : { code: this.code, message: this.message }
  }

  static fromPayload(payload: SferaErrorPayload): SferaError {
    return new SferaError(payload.code, payload.message, payload.params)
  }
}

/** Network-class failures: the mirror is still usable, the app is offline. */
export const offlineErrorCodes: ReadonlySet<ErrorCode> = new Set(['network_unreachable', 'timeout'])
