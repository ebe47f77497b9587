import { SferaError, type ErrorCode, type ErrorParams } from '../../../shared/domain/errors'
import { ozonService, type OzonErrorReason } from '../../../shared/domain/ozon-errors'
import { HttpError, malformedResponse } from '../../http'

export const OZON_SERVICE = ozonService
const DETAIL_LIMIT = 300
/** "Circle is open": Ozon blocks an overloaded method "for a few minutes" (Errors tag, L389–391). */
const CIRCLE_OPEN_PAUSE_MS = 5 * 60_000

/** gRPC status codes Ozon's rpcStatus carries (L29459): what each means for the seller. */
const UNAUTHENTICATED = 16
const PERMISSION_DENIED = 7
const RESOURCE_EXHAUSTED = 8

/** Ozon's error body: rpcStatus `{code, message, details}`; anything else is told by its HTTP status alone. */
function rpcStatusOf(body: unknown): { code: number | null; message: string } | null {
  if (typeof body === 'string' && body.trim() !== '') return { code: null, message: body }
  if (typeof body !== 'object' || body === null) return null
  const { code, message } = body as { code?: unknown; message?: unknown }
  if (typeof message !== 'string') return null
  return { code: typeof code === 'number' && Number.isInteger(code) ? code : null, message }
}

interface Explanation {
  code: ErrorCode
  message: string
  /** A reason the renderer has no text for would reach the seller as a bare error code. */
  params?: ErrorParams & { reason?: OzonErrorReason }
}

/**
 * What the seller is told for Ozon's own error texts (Errors tag, GROUND-TRUTH §2.6); the rest keep the HTTP
 * layer's wording, with Ozon's text as the detail.
 */
function explain(error: HttpError, status: { code: number | null; message: string } | null, method: string, now: number): Explanation | null {
  const text = status?.message ?? ''
  if (/circle is open/i.test(text)) {
    return {
      code: 'rate_limited',
      message: 'Ozon временно закрыл метод из-за нагрузки, синхронизация продолжится через несколько минут',
      params: { retryAt: Math.max(error.retryAt ?? 0, now + CIRCLE_OPEN_PAUSE_MS) }
    }
  }
  if (error.code === 'rate_limited' || status?.code === RESOURCE_EXHAUSTED) {
    return {
      code: 'rate_limited',
      message: 'Ozon ограничил частоту запросов (не больше 50 в секунду на Client-Id), синхронизация продолжится позже',
      params: { retryAt: error.retryAt ?? now + 1000 }
    }
  }
  if (/offer not signed/i.test(text)) {
    return {
      code: 'access_denied',
      message: 'Ozon закрыл доступ к Seller API, пока не принята новая оферта: примите её в личном кабинете Ozon',
      params: { reason: 'offer_not_signed' }
    }
  }
  if (/deactivated/i.test(text)) {
    return {
      code: 'auth_failed',
      message: 'API-ключ Ozon отключён: создайте новый в личном кабинете Ozon (Настройки → Seller API) и укажите его в кабинете',
      params: { reason: 'key_deactivated' }
    }
  }
  if (/missing a required role/i.test(text)) {
    return {
      code: 'access_denied',
      message: `У API-ключа Ozon нет роли для метода ${method}: выдайте ключу эту роль или создайте ключ с ней`,
      params: { reason: 'missing_role' }
    }
  }
  if (/restricted to specific ip/i.test(text)) {
    return {
      code: 'access_denied',
      message: 'API-ключ Ozon работает только с разрешённых IP-адресов: добавьте адрес этого компьютера в настройках ключа',
      params: { reason: 'ip_restricted' }
    }
  }
  if (error.status === 401 || status?.code === UNAUTHENTICATED || /client-id|api-key/i.test(text)) {
    return {
      code: 'auth_failed',
      message: 'Ozon не принял Client-Id и API-ключ: проверьте оба в настройках кабинета',
      params: { reason: 'invalid_credentials' }
    }
  }
  if (error.status === 403 || status?.code === PERMISSION_DENIED) {
    return { code: 'access_denied', message: 'Ozon отказал в доступе к методу' }
  }
  return null
}

/**
 * Names Ozon and the method in every failure and carries Ozon's own explanation. A 2xx that is not JSON is told
 * like any other answer not of the spec. `method` is the spec's path; `routeName` adds the HTTP method.
 */
export function ozonError(error: unknown, method: string, routeName: string, now: number): unknown {
  if (!(error instanceof HttpError)) return error
  if (error.code === 'malformed_response' && error.status !== null && error.status < 300) {
    return malformedResponse(OZON_SERVICE, routeName, 'a JSON body')
  }
  if (error.code === 'cancelled' || error.status === null) {
    return new SferaError(error.code, error.message, { ...(error.params ?? {}), service: OZON_SERVICE, method })
  }
  const status = rpcStatusOf(error.body)
  const explained = explain(error, status, method, now)
  const params: ErrorParams = { ...(error.params ?? {}), ...(explained?.params ?? {}), service: OZON_SERVICE, method }
  if (status && status.message.trim() !== '') params.detail = clip(status.message)
  return new SferaError(explained?.code ?? error.code, explained?.message ?? error.message, params)
}

function clip(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > DETAIL_LIMIT ? `${trimmed.slice(0, DETAIL_LIMIT)}…` : trimmed
}
