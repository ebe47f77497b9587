import { describe, expect, it } from 'vitest'
import { formatMicros, formatSeconds, parseMicros } from './time'

describe('card timestamps', () => {
  const micros = Date.UTC(2023, 11, 6, 11, 17, 0) * 1000 + 965_770

  it('are written like WB writes them: UTC, fraction without trailing zeros', () => {
    expect(formatMicros(micros)).toBe('2023-12-06T11:17:00.96577Z')
    expect(formatMicros(micros - 965_770 + 123_456)).toBe('2023-12-06T11:17:00.123456Z')
    expect(formatMicros(micros - 965_770)).toBe('2023-12-06T11:17:00Z')
  })

  it('parse back to the same microsecond, with offsets and nanosecond digits accepted', () => {
    expect(parseMicros('2023-12-06T11:17:00.96577Z')).toBe(micros)
    expect(parseMicros('2023-12-06T14:17:00.965770+03:00')).toBe(micros)
    expect(parseMicros('2023-12-06T11:17:00.965770999Z')).toBe(micros)
  })

  it('reject what is not RFC 3339', () => {
    for (const text of ['2023-12-06', '2023-12-06 11:17:00Z', '2023-13-06T11:17:00Z', '2023-02-30T11:17:00Z', '2023-12-06T11:17:00', 'yesterday']) {
      expect(parseMicros(text), text).toBeUndefined()
    }
  })

  it('give problem+json timestamps in whole seconds', () => {
    expect(formatSeconds(Date.UTC(2024, 8, 30, 6, 52, 38, 512))).toBe('2024-09-30T06:52:38Z')
  })
})
