import { SferaError } from '../../../shared/domain/errors'

/**
 * WB API tokens are JWTs. Only the shape and expiry are checked here (the signature is WB's to check):
 * a pasted fragment, a Bearer prefix or an expired token is caught before it is stored.
 */
export function validateWbToken(token: string, now: Date = new Date()): void {
  if (/^bearer\s/i.test(token)) {
    throw new SferaError('invalid_input', 'Вставьте токен без слова «Bearer»', { field: 'token', issue: 'bearer_prefix' })
  }
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) {
    throw new SferaError('invalid_input', 'Это не похоже на токен WB API: скопируйте токен целиком', {
      field: 'token',
      issue: 'not_a_jwt'
    })
  }
  const payload = decodePayload(parts[1] ?? '')
  if (typeof payload?.exp === 'number' && payload.exp * 1000 <= now.getTime()) {
    throw new SferaError('invalid_input', 'Срок действия токена истёк: создайте новый в личном кабинете WB', {
      field: 'token',
      issue: 'expired',
      expiredAt: new Date(payload.exp * 1000).toISOString()
    })
  }
}

function decodePayload(part: string): { exp?: unknown } | null {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as { exp?: unknown }
  } catch {
    return null
  }
}
