import type { TFunction } from 'i18next'
import { errorCodes, SferaError, type ErrorCode, type SferaErrorPayload } from '../../../shared/domain/errors'
import { localHostService } from '../api/http-transport'

/** invalid_input issues main reports for a token it refuses to store (params.issue). */
const tokenIssues = ['bearer_prefix', 'not_a_jwt', 'expired'] as const
type TokenIssue = (typeof tokenIssues)[number]

export function isErrorCode(value: unknown): value is ErrorCode {
  return (errorCodes as readonly unknown[]).includes(value)
}

export function isTokenIssue(value: unknown): value is TokenIssue {
  return (tokenIssues as readonly unknown[]).includes(value)
}

/** The wire payload of any thrown value; anything that is not a SferaError is an internal error. */
function toErrorPayload(error: unknown): SferaErrorPayload {
  if (error instanceof SferaError) return error.toPayload()
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}

/** What went wrong and what to do, in the interface language, for a thrown error or an error payload. */
export function errorText(t: TFunction, error: unknown, now: number = Date.now()): string {
  const { code, params } = isErrorPayload(error) ? error : toErrorPayload(error)
  if (code === 'network_unreachable' && params?.service === localHostService) return t('errorVariants.hostUnreachable')
  if (code === 'auth_failed' && params?.reason === 'token_missing') return t('errorVariants.tokenMissing')
  if (code === 'invalid_input' && isTokenIssue(params?.issue)) return t(`validation.${params.issue}`)
  if (code === 'rate_limited' && typeof params?.retryAt === 'number') {
    const seconds = Math.ceil((params.retryAt - now) / 1000)
    if (seconds > 0) return t('errorVariants.rateLimitedFor', { seconds })
  }
  return t(`errors.${code}`)
}

/** Text for a bare error code, as ConnectionCheck reports it; unknown codes read as internal errors. */
export function errorCodeText(t: TFunction, code: string | null): string {
  return t(`errors.${isErrorCode(code) ? code : 'internal'}`)
}

function isErrorPayload(value: unknown): value is SferaErrorPayload {
  return !(value instanceof Error) && typeof value === 'object' && value !== null && isErrorCode((value as { code?: unknown }).code)
}
