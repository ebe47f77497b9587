import { SferaError } from '../../../shared/domain/errors'
import type { TokenInfo } from '../../../shared/domain/marketplace'

/**
 * Category bits of the `s` claim: category N adds 2^N. WB does not document them; these are the positions
 * public decoders read (and the sandbox mints, src/sandbox/wildberries/tokens.ts). Bit 30 marks a read-only token.
 */
const categoryBits = {
  content: 1,
  analytics: 2,
  prices: 3,
  marketplace: 4,
  statistics: 5,
  promotion: 6,
  feedbacks: 7,
  recommendations: 8,
  buyerChat: 9,
  supplies: 10,
  returns: 11,
  documents: 12
} as const

export type WbTokenCategory = keyof typeof categoryBits

/** Without these the app cannot mirror anything. */
const requiredCategories: readonly WbTokenCategory[] = ['content']

/** Each opens some resources (FBS, the statistics feeds, WB's warehouse stocks, FBW supplies): a token may lack them. */
const resourceCategories: readonly WbTokenCategory[] = ['marketplace', 'statistics', 'analytics', 'supplies']

/** The resource categories a token lacks; none when it lists no categories at all (nothing is known then). */
export function missingWbResourceCategories(categories: readonly string[]): WbTokenCategory[] {
  if (categories.length === 0) return []
  return resourceCategories.filter((category) => !categories.includes(category))
}

export const wbCategoryNames: Record<WbTokenCategory, string> = {
  content: 'Контент',
  analytics: 'Аналитика',
  prices: 'Цены и скидки',
  marketplace: 'Маркетплейс',
  statistics: 'Статистика',
  promotion: 'Продвижение',
  feedbacks: 'Вопросы и отзывы',
  recommendations: 'Рекомендации',
  buyerChat: 'Чат с покупателями',
  supplies: 'Поставки',
  returns: 'Возвраты',
  documents: 'Документы'
}

/**
 * The `acc` claim names the token type. WB publishes no decoder for it; the values follow the sandbox
 * (src/sandbox/wildberries/tokens.ts), and real tokens do carry an integer `acc` next to `s` and `sid`.
 * A basic token with a service secret is what catalog services hold (dev.wildberries.ru/news/144) and has
 * their full limits, so it counts as a service token. Tokens from before token types (no `acc`) keep working
 * as personal ones (dev.wildberries.ru/news/148).
 */
const kindByAcc: Record<number, TokenInfo['kind']> = { 1: 'personal', 2: 'service', 3: 'basic', 4: 'service' }

interface WbTokenClaims {
  exp?: unknown
  s?: unknown
  t?: unknown
  acc?: unknown
}

/**
 * WB API tokens are JWTs. The payload says what the token is (expiry, categories, type); the signature is
 * WB's to check. A pasted fragment, a Bearer prefix, an expired token or one without the content category is
 * refused before it is stored.
 */
export function inspectWbToken(token: string, now: Date = new Date()): TokenInfo {
  if (/^bearer\s/i.test(token)) {
    throw new SferaError('invalid_input', 'Вставьте токен без слова «Bearer»', { field: 'token', issue: 'bearer_prefix' })
  }
  const parts = token.split('.')
  const claims = parts.length === 3 && parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p)) ? decodeClaims(parts[1] ?? '') : null
  if (!claims || typeof claims.s !== 'number') {
    throw new SferaError('invalid_input', 'Это не похоже на токен WB API: скопируйте токен целиком', {
      field: 'token',
      issue: 'not_a_jwt'
    })
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now.getTime()) {
    throw new SferaError('invalid_input', 'Срок действия токена истёк: создайте новый в личном кабинете WB', {
      field: 'token',
      issue: 'expired',
      expiredAt: new Date(claims.exp * 1000).toISOString()
    })
  }
  const categories = categoriesOf(claims.s)
  const missing = requiredCategories.filter((c) => !categories.includes(c))
  if (missing.length > 0) {
    const names = missing.map((c) => `«${wbCategoryNames[c]}»`).join(', ')
    throw new SferaError('invalid_input', `У токена нет доступа к категориям ${names}: создайте токен с ними в личном кабинете WB`, {
      field: 'token',
      issue: 'missing_categories',
      missing: missing.join(',')
    })
  }
  return {
    expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : null,
    categories,
    missingCategories: missingWbResourceCategories(categories),
    kind: kindOf(claims)
  }
}

function categoriesOf(mask: number): WbTokenCategory[] {
  return (Object.keys(categoryBits) as WbTokenCategory[]).filter((c) => Math.floor(mask / 2 ** categoryBits[c]) % 2 === 1)
}

function kindOf(claims: WbTokenClaims): TokenInfo['kind'] {
  if (claims.t === true) return 'test'
  if (claims.acc === undefined) return 'personal'
  return (typeof claims.acc === 'number' ? kindByAcc[claims.acc] : undefined) ?? 'unknown'
}

function decodeClaims(part: string): WbTokenClaims | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? (value as WbTokenClaims) : null
  } catch {
    return null
  }
}
