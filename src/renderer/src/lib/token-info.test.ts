import { describe, expect, it } from 'vitest'
import { tokenExpiry } from './token-info'

describe('tokenExpiry', () => {
  const now = Date.parse('2026-11-28T12:00:00Z')

  it('flags a token that runs out within 14 days or has run out', () => {
    expect(tokenExpiry('2027-05-28T12:00:00Z', now)).toEqual({ state: 'valid', daysLeft: 181 })
    expect(tokenExpiry('2026-12-12T12:00:00Z', now)).toEqual({ state: 'valid', daysLeft: 14 })
    expect(tokenExpiry('2026-12-12T11:00:00Z', now)).toEqual({ state: 'soon', daysLeft: 14 })
    expect(tokenExpiry('2026-11-29T00:00:00Z', now)).toEqual({ state: 'soon', daysLeft: 1 })
    expect(tokenExpiry('2026-11-28T12:00:00Z', now)).toEqual({ state: 'expired' })
  })

  it('knows nothing of a token without an expiry', () => {
    expect(tokenExpiry(null, now)).toEqual({ state: 'unknown' })
    expect(tokenExpiry('not a date', now)).toEqual({ state: 'unknown' })
  })
})
