import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { categoryMask, mintWbToken, verifyWbToken } from './tokens'

const secret = 'test-secret'
const sellerId = '8b651289-91eb-4400-8d80-c9d9a9f3abe7'
const nowMs = Date.UTC(2026, 6, 1)
const inAYear = new Date(nowMs + 365 * 86_400_000)

const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>
const check = (token: string | undefined) => verifyWbToken(token, { secret, nowMs, category: 'content' })

describe('WB tokens', () => {
  it('are HS256 JWTs with WB-like claims', () => {
    const token = mintWbToken({ secret, sellerId, expiresAt: inAYear, categories: ['content', 'marketplace'], tokenId: 'id-1' })
    const [header = '', payload = '', signature = ''] = token.split('.')
    expect(decode(header)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(decode(payload)).toEqual({ acc: 1, exp: Math.floor(inAYear.getTime() / 1000), id: 'id-1', s: 2 + 16, sid: sellerId, t: false })
    expect(signature).toBe(createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url'))
  })

  it('map categories to bits: content is bit 1 (value 2), documents bit 12', () => {
    expect(categoryMask(['content'])).toBe(2)
    expect(categoryMask(['documents'])).toBe(4096)
    expect(categoryMask(['content', 'analytics', 'prices'])).toBe(2 + 4 + 8)
  })

  it('verify when signed with the secret, unexpired and carrying the content category', () => {
    const result = check(mintWbToken({ secret, sellerId, expiresAt: inAYear }))
    expect(result).toMatchObject({ ok: true, claims: { sid: sellerId, s: 2 } })
  })

  it('are refused with WB-style details otherwise', () => {
    const valid = mintWbToken({ secret, sellerId, expiresAt: inAYear })
    const [header, payload] = valid.split('.')
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`
    const cases: Array<[string | undefined, RegExp]> = [
      [undefined, /^empty Authorization header$/],
      ['', /^empty Authorization header$/],
      [`Bearer ${valid}`, /token is malformed/],
      ['abc.def', /token is malformed: token contains an invalid number of segments/],
      [`${header}.${payload}.${'A'.repeat(43)}`, /token signature is invalid/],
      [mintWbToken({ secret: 'other', sellerId, expiresAt: inAYear }), /token signature is invalid/],
      [unsigned, /token is (malformed|unverifiable)/],
      [mintWbToken({ secret, sellerId, expiresAt: new Date(nowMs) }), /token has invalid claims: token is expired/],
      [mintWbToken({ secret, sellerId, expiresAt: inAYear, categories: ['marketplace'] }), /^token scope not allowed$/]
    ]
    for (const [token, detail] of cases) {
      const result = check(token)
      expect(result.ok, String(token)).toBe(false)
      if (!result.ok) expect(result.detail, String(token)).toMatch(detail)
    }
  })
})
