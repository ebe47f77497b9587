import { describe, expect, it } from 'vitest'
import { SferaError } from '../../../shared/domain/errors'
import { mintWbToken } from '../../../sandbox/wildberries/tokens'
import { inspectWbToken, missingWbResourceCategories } from './token'

const now = new Date('2026-11-28T12:00:00Z')
const inHalfAYear = new Date('2027-05-27T12:00:00Z')

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

function mint(options: Partial<Parameters<typeof mintWbToken>[0]> = {}): string {
  return mintWbToken({ secret: 's', sellerId: 'seller', expiresAt: inHalfAYear, ...options })
}

function refusal(token: string): SferaError {
  try {
    inspectWbToken(token, now)
  } catch (error) {
    if (error instanceof SferaError) return error
    throw error
  }
  throw new Error('token was accepted')
}

describe('inspectWbToken', () => {
  it('reads expiry, the categories granted and the token kind', () => {
    const token = mint({ categories: ['content', 'marketplace', 'statistics', 'analytics', 'supplies', 'prices'] })
    expect(inspectWbToken(token, now)).toEqual({
      expiresAt: '2027-05-27T12:00:00.000Z',
      categories: ['content', 'analytics', 'prices', 'marketplace', 'statistics', 'supplies'],
      missingCategories: [],
      kind: 'personal'
    })
  })

  it('names the categories some resources need that the token lacks, in main, so the UI guesses nothing', () => {
    const info = inspectWbToken(mint({ categories: ['content', 'marketplace', 'buyerChat'] }), now)
    expect(info.categories).toEqual(['content', 'marketplace', 'buyerChat'])
    expect(info.missingCategories).toEqual(['statistics', 'analytics', 'supplies'])
    expect(missingWbResourceCategories([])).toEqual([])
  })

  it('tells basic, service, test and pre-type tokens apart', () => {
    const exp = inHalfAYear.getTime() / 1000
    expect(inspectWbToken(mint({ kind: 'basic' }), now).kind).toBe('basic')
    expect(inspectWbToken(mint({ kind: 'test' }), now).kind).toBe('test')
    expect(inspectWbToken(jwt({ acc: 2, exp, s: 2, t: false }), now).kind).toBe('service')
    // A basic token with a service secret has the full limits of the catalog services that hold it.
    expect(inspectWbToken(jwt({ acc: 4, exp, s: 2, t: false }), now).kind).toBe('service')
    expect(inspectWbToken(jwt({ exp, s: 2, t: false }), now).kind).toBe('personal')
    expect(inspectWbToken(jwt({ acc: 9, exp, s: 2, t: false }), now).kind).toBe('unknown')
  })

  it('counts the read-only bit and unknown bits as no category', () => {
    const s = 2 + 2 ** 30 + 2 ** 20
    expect(inspectWbToken(jwt({ acc: 1, exp: inHalfAYear.getTime() / 1000, s }), now).categories).toEqual(['content'])
  })

  it('refuses a token without the content category and names what is missing', () => {
    const error = refusal(mint({ categories: ['marketplace', 'statistics'] }))
    expect(error.code).toBe('invalid_input')
    expect(error.message).toContain('«Контент»')
    expect(error.params).toMatchObject({ field: 'token', issue: 'missing_categories', missing: 'content' })
  })

  it('reports missing optional categories through what it grants, without refusing', () => {
    expect(inspectWbToken(mint({ categories: ['content'] }), now).categories).toEqual(['content'])
  })

  it('keeps the earlier checks: Bearer prefix, not a JWT, expired', () => {
    expect(refusal(`Bearer ${mint()}`).params).toMatchObject({ issue: 'bearer_prefix' })
    expect(refusal('abc.def').params).toMatchObject({ issue: 'not_a_jwt' })
    expect(refusal(jwt({ exp: 1 })).params).toMatchObject({ issue: 'not_a_jwt' })
    expect(refusal(mint({ expiresAt: new Date('2026-11-01T00:00:00Z') })).params).toMatchObject({
      issue: 'expired',
      expiredAt: '2026-11-01T00:00:00.000Z'
    })
  })

  it('never puts the token into an error', () => {
    const token = mint({ categories: ['statistics'] })
    const error = refusal(token)
    expect(JSON.stringify({ message: error.message, params: error.params })).not.toContain(token.split('.')[1])
  })
})
