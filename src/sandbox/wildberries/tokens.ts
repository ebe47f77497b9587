/**
 * WB API tokens are HS256 JWTs. The payload mirrors the fields real tokens carry and clients decode locally:
 *   exp  expiry, Unix seconds (WB issues tokens for 180 days)
 *   id   the token's own UUID
 *   s    bitmask of API categories: category at bit position N adds 2^N (positions below; content = bit 1 = value 2)
 *   sid  the seller's UUID, which is also the key of the per-seller rate limits
 *   t    true for test tokens of WB's own sandbox, false for production tokens
 *   acc  the token type: 1 personal, 2 service, 3 basic, 4 basic with a service secret
 * Real tokens carry more user and organisation ids the sandbox has no use for.
 *
 * WB does not document how a token's type is written into it (its specs only name the types: personal, service,
 * basic, basic with secret, and test tokens for its sandbox). `acc` is the sandbox's own choice, a small integer
 * next to the other short claims, so an app can read the type the same way it reads `s`, `sid` and `exp`. A token
 * without `acc` (tokens issued before WB introduced types) counts as personal. A test token is a personal token
 * with `t: true`; the sandbox serves it like a personal one.
 *
 * Bit positions follow what WB's token decoder shows (third-party readings; WB does not document them):
 * 1 content, 2 analytics, 3 prices and discounts, 4 marketplace, 5 statistics, 6 promotion, 7 questions and
 * feedbacks, 8 recommendations, 9 buyer chat, 10 supplies, 11 returns, 12 documents; bit 30 marks a read-only token.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

export const wbTokenCategoryBits = {
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

export type WbTokenCategory = keyof typeof wbTokenCategoryBits

/** Values of the `acc` claim. */
export const wbTokenTypeCodes = {
  personal: 1,
  service: 2,
  basic: 3,
  basicWithSecret: 4
} as const

export type WbTokenKind = 'personal' | 'basic' | 'test'

/** How the sandbox's limits and gates treat a token: basic tokens get WB's reduced limits and fewer methods. */
export type WbTokenTier = 'personal' | 'basic'

export interface WbTokenClaims {
  exp: number
  id: string
  s: number
  sid: string
  t: boolean
  acc?: number
}

export interface MintWbTokenOptions {
  secret: string
  /** The seller's UUID (`sid`). */
  sellerId: string
  expiresAt: Date
  categories?: readonly WbTokenCategory[]
  /** Default personal. */
  kind?: WbTokenKind
  /** The token's UUID (`id`); random when omitted. */
  tokenId?: string
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

function sign(signingInput: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest()
}

export function categoryMask(categories: readonly WbTokenCategory[]): number {
  return categories.reduce((mask, category) => mask | (1 << wbTokenCategoryBits[category]), 0)
}

export function mintWbToken(options: MintWbTokenOptions): string {
  const kind = options.kind ?? 'personal'
  const claims: WbTokenClaims = {
    acc: kind === 'basic' ? wbTokenTypeCodes.basic : wbTokenTypeCodes.personal,
    exp: Math.floor(options.expiresAt.getTime() / 1000),
    id: options.tokenId ?? randomUUID(),
    s: categoryMask(options.categories ?? ['content']),
    sid: options.sellerId,
    t: kind === 'test'
  }
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`
  return `${signingInput}.${base64url(sign(signingInput, options.secret))}`
}

export type WbTokenCheck =
  | { ok: true; claims: WbTokenClaims; tier: WbTokenTier }
  | { ok: false; detail: string }

function tierOf(claims: WbTokenClaims): WbTokenTier {
  return claims.acc === wbTokenTypeCodes.basic ? 'basic' : 'personal'
}

function parseJsonSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

function isClaims(value: unknown): value is WbTokenClaims {
  if (typeof value !== 'object' || value === null) return false
  const claims = value as Record<string, unknown>
  return typeof claims.exp === 'number' && typeof claims.s === 'number' && typeof claims.sid === 'string'
    && typeof claims.id === 'string' && typeof claims.t === 'boolean' && (claims.acc === undefined || typeof claims.acc === 'number')
}

const base64urlSegment = /^[A-Za-z0-9_-]+$/

/**
 * Checks a raw `Authorization` header value; the detail texts follow WB's (golang-jwt) wording. A route open to
 * every category (`/ping`) passes no category.
 */
export function verifyWbToken(
  token: string | undefined,
  expected: { secret: string; nowMs: number; category?: WbTokenCategory }
): WbTokenCheck {
  if (!token) return { ok: false, detail: 'empty Authorization header' }
  const segments = token.split('.')
  if (segments.length !== 3) return { ok: false, detail: 'token problem; token is malformed: token contains an invalid number of segments' }
  const [header = '', payload = '', signature = ''] = segments
  if (!segments.every((segment) => base64urlSegment.test(segment))) {
    return { ok: false, detail: 'token problem; token is malformed: could not base64 decode token segment' }
  }
  const headerJson = parseJsonSegment(header)
  if (typeof headerJson !== 'object' || headerJson === null || (headerJson as { alg?: unknown }).alg !== 'HS256') {
    return { ok: false, detail: 'token problem; token is unverifiable: signing method is invalid' }
  }
  const claims = parseJsonSegment(payload)
  if (!isClaims(claims)) return { ok: false, detail: 'token problem; token is malformed: could not JSON decode claim' }
  const expectedSignature = sign(`${header}.${payload}`, expected.secret)
  const givenSignature = Buffer.from(signature, 'base64url')
  if (givenSignature.length !== expectedSignature.length || !timingSafeEqual(givenSignature, expectedSignature)) {
    return { ok: false, detail: 'token problem; token signature is invalid: signature is invalid' }
  }
  if (claims.exp * 1000 <= expected.nowMs) return { ok: false, detail: 'token problem; token has invalid claims: token is expired' }
  if (expected.category !== undefined && (claims.s & (1 << wbTokenCategoryBits[expected.category])) === 0) {
    return { ok: false, detail: 'token scope not allowed' }
  }
  return { ok: true, claims, tier: tierOf(claims) }
}
