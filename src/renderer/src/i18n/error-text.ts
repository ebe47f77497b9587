import type { TFunction } from 'i18next'
import { errorCodes, SferaError, type ErrorCode, type ErrorParams, type SferaErrorPayload } from '../../../shared/domain/errors'
import { isOzonErrorReason, ozonService, type OzonErrorReason } from '../../../shared/domain/ozon-errors'
import { isDisplayNameProblem } from '../../../shared/ipc/display-name'
import { localHostService } from '../api/http-transport'
import { ozonServiceCodes } from './ozon-errors'

/** invalid_input issues main reports for a token it refuses to store (params.issue). */
const tokenIssues = ['bearer_prefix', 'not_a_jwt', 'expired', 'missing_categories'] as const
type TokenIssue = (typeof tokenIssues)[number]

/** invalid_input issues main reports for assembly tasks a supply cannot take (params.issue, params.count). */
const inputIssues = ['mixed_warehouses', 'not_new', 'in_other_supply', 'not_found'] as const
type InputIssue = (typeof inputIssues)[number]

function isInputIssue(value: unknown): value is InputIssue {
  return (inputIssues as readonly unknown[]).includes(value)
}

/** A token category by main's key; a key the catalog has no name for yet is shown as it is. */
export function categoryName(t: TFunction, key: string): string {
  return t(`tokenInfo.categories.${key}`, { defaultValue: key })
}

/** «Маркетплейс», «Статистика» from main's comma-separated category keys (params.missing). */
export function categoryNames(t: TFunction, missing: unknown): string {
  return String(missing ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
    .map((key) => `«${categoryName(t, key)}»`)
    .join(', ')
}

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
  const ozon = params?.service === ozonService
  if (ozon && isOzonErrorReason(params.reason)) return ozonReasonText(t, params.reason, params)
  if (code === 'invalid_input' && params?.issue === 'missing_categories') {
    return t('validation.missing_categories', { names: categoryNames(t, params.missing) })
  }
  if (code === 'invalid_input' && isTokenIssue(params?.issue)) return t(`validation.${params.issue}`)
  // A refused cabinet or supply name: the supply dialog shows only this text, so it must say what to fix.
  if (code === 'invalid_input' && isDisplayNameProblem(params?.issue)) return t(`validation.${params.issue}`)
  if (code === 'invalid_input' && isInputIssue(params?.issue)) {
    return t(`errorVariants.inputIssues.${params.issue}`, { count: typeof params.count === 'number' ? params.count : 0 })
  }
  if (code === 'rate_limited' && typeof params?.retryAt === 'number') {
    const seconds = Math.ceil((params.retryAt - now) / 1000)
    if (seconds > 0) return t(ozon ? 'ozonServiceErrors.rateLimitedFor' : 'errorVariants.rateLimitedFor', { duration: formatDuration(t, seconds) })
  }
  const detail = typeof params?.detail === 'string' && params.detail.trim() ? params.detail.trim() : null
  if (code === 'upstream_error' && detail) return t(ozon ? 'ozonServiceErrors.upstreamDetail' : 'errorVariants.upstreamDetail', { detail })
  if (code === 'access_denied' && detail) return t(ozon ? 'ozonServiceErrors.accessDeniedDetail' : 'errorVariants.accessDeniedDetail', { detail })
  if (code === 'malformed_response' && typeof params?.service === 'string' && typeof params.method === 'string') {
    const { service, method, field } = params
    return typeof field === 'string' && field
      ? t('errorVariants.malformedField', { service, method, field })
      : t('errorVariants.malformedMethod', { service, method })
  }
  if (code === 'invalid_input' && typeof params?.field === 'string' && params.field) {
    const field = fieldLabel(t, params.field)
    return detail ? t('errorVariants.invalidFieldDetail', { field, detail }) : t('errorVariants.invalidField', { field })
  }
  if (ozon && isOzonServiceCode(code)) return t(`ozonServiceErrors.${code}`)
  return t(`errors.${code}`)
}

function isOzonServiceCode(code: ErrorCode): code is (typeof ozonServiceCodes)[number] {
  return (ozonServiceCodes as readonly string[]).includes(code)
}

/** Ozon's refusal of a key or a method, naming the method (missing_role) or the methods (missing_methods) it lacks. */
function ozonReasonText(t: TFunction, reason: OzonErrorReason, params: ErrorParams): string {
  const methods = String(params.missing ?? '')
    .split(',')
    .map((method) => method.trim())
    .filter(Boolean)
    .join(', ')
  return t(`ozonErrors.${reason}`, { method: String(params.method ?? ''), methods })
}

/** Contract input fields main may name in invalid_input (zod paths like 'period.to' name their first part). */
const knownFields = ['name', 'token', 'orderIds', 'supplyId', 'period', 'search', 'lowThreshold', 'intervalMinutes', 'warehouse', 'accountId'] as const
type KnownField = (typeof knownFields)[number]

function fieldLabel(t: TFunction, field: string): string {
  const head = field.split('.')[0] ?? field
  return (knownFields as readonly string[]).includes(head) ? t(`fields.${head as KnownField}`) : field
}

/**
 * A wait as people say it: "42 с" up to two minutes, then whole minutes ("15 мин"), then hours and minutes
 * ("2 ч 57 мин"); always rounded up, so the wait is never shorter than said.
 */
export function formatDuration(t: TFunction, seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds))
  if (whole < 120) return t('duration.seconds', { seconds: whole })
  const minutes = Math.ceil(whole / 60)
  if (minutes < 60) return t('duration.minutes', { minutes })
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes: rest })
}

function isErrorPayload(value: unknown): value is SferaErrorPayload {
  return !(value instanceof Error) && typeof value === 'object' && value !== null && isErrorCode((value as { code?: unknown }).code)
}
