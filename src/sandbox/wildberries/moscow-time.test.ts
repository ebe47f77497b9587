import { describe, expect, it } from 'vitest'
import { formatMoscow, formatMoscowWithOffset, moscowDayStart, parseMoscowDate, parseMoscowDateTime } from './moscow-time'

const at = (iso: string) => Date.parse(iso)

describe('Moscow time', () => {
  it('writes instants as Moscow wall-clock time, with or without the offset', () => {
    expect(formatMoscow(at('2026-11-20T09:34:56.789Z'))).toBe('2026-11-20T12:34:56')
    expect(formatMoscow(at('2026-12-31T21:00:00Z'))).toBe('2027-01-01T00:00:00')
    expect(formatMoscow(at('2028-02-29T20:59:59Z'))).toBe('2028-02-29T23:59:59')
    expect(formatMoscowWithOffset(at('2024-12-29T13:58:26Z'))).toBe('2024-12-29T16:58:26+03:00')
  })

  it('reads dates and date-times as Moscow time unless they carry an offset', () => {
    expect(parseMoscowDateTime('2019-06-20')).toBe(at('2019-06-19T21:00:00Z'))
    expect(parseMoscowDateTime('2019-06-20T23:59:59')).toBe(at('2019-06-20T20:59:59Z'))
    expect(parseMoscowDateTime('2019-06-20T23:59')).toBe(at('2019-06-20T20:59:00Z'))
    expect(parseMoscowDateTime('2019-06-20T00:00:00.12345')).toBeCloseTo(at('2019-06-19T21:00:00Z') + 123.45, 6)
    expect(parseMoscowDateTime('2019-06-20T00:00:00Z')).toBe(at('2019-06-20T00:00:00Z'))
    expect(parseMoscowDateTime('2019-06-20T05:30:00+05:00')).toBe(at('2019-06-20T00:30:00Z'))
    for (const text of ['', '2019-6-20', '2019-13-01', '2019-02-30', '2019-06-20T24:00:00', '2019-06-20Z', '1561000000', '20.06.2019']) {
      expect(parseMoscowDateTime(text), text).toBeUndefined()
    }
  })

  it('finds the Moscow day an instant falls on', () => {
    expect(moscowDayStart(at('2026-11-20T20:59:59Z'))).toBe(at('2026-11-19T21:00:00Z'))
    expect(moscowDayStart(at('2026-11-20T21:00:00Z'))).toBe(at('2026-11-20T21:00:00Z'))
    expect(parseMoscowDate('2026-11-20')).toBe(at('2026-11-19T21:00:00Z'))
    expect(parseMoscowDate('2026-11-20T00:00:00')).toBeUndefined()
  })
})
