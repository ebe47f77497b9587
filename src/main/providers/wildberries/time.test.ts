import { describe, expect, it } from 'vitest'
import { isoUtc, moscowDateTime, moscowDateTimeToEpoch, unixSeconds } from './time'

describe('WB date forms', () => {
  it('writes statistics dates in Moscow time without an offset', () => {
    expect(moscowDateTime(Date.parse('2026-10-31T21:00:00Z'))).toBe('2026-11-01T00:00:00')
    expect(moscowDateTime(Date.parse('2026-11-28T12:34:56.789Z'))).toBe('2026-11-28T15:34:56')
  })

  it('reads them back, and reads dates that carry an offset as written', () => {
    expect(moscowDateTimeToEpoch('2026-11-01T00:00:00')).toBe(Date.parse('2026-10-31T21:00:00Z'))
    expect(moscowDateTimeToEpoch('2026-11-01T00:00:00.5')).toBe(Date.parse('2026-10-31T21:00:00.500Z'))
    expect(moscowDateTimeToEpoch('2024-12-29T16:58:26+03:00')).toBe(Date.parse('2024-12-29T13:58:26Z'))
    expect(moscowDateTimeToEpoch('not a date')).toBeNull()
  })

  it('gives marketplace dates as Unix seconds', () => {
    expect(unixSeconds(Date.parse('2026-11-28T00:00:00.999Z'))).toBe(1795824000)
  })

  it('normalises RFC 3339 to one sortable UTC form', () => {
    expect(isoUtc('2023-12-06T11:17:00.96577Z')).toBe('2023-12-06T11:17:00.965Z')
    expect(isoUtc('2022-05-04T07:56:29Z')).toBe('2022-05-04T07:56:29.000Z')
  })
})
