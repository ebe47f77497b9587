import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDay, formatMoment, formatMoscowTime, formatWallClock, toLocale } from './format'

describe('formatDateTime', () => {
  const moment = new Date(2026, 10, 28, 16, 5)

  it('writes Russian dates the way sellers read them, without the year suffix', () => {
    expect(formatDateTime(moment, 'ru')).toBe('28 нояб. 2026, 16:05')
  })

  it('writes English dates day-first with a 24-hour clock', () => {
    expect(formatDateTime(moment.toISOString(), 'en')).toBe('28 Nov 2026, 16:05')
  })

  it('shows a dash for a value that is not a date', () => {
    expect(formatDateTime('not a date', 'ru')).toBe('—')
  })
})

describe('toLocale', () => {
  it('maps i18next languages to the two supported locales', () => {
    expect(toLocale('en-US')).toBe('en')
    expect(toLocale('ru')).toBe('ru')
    expect(toLocale(undefined)).toBe('ru')
  })
})

describe('formatWallClock', () => {
  it('shows a Moscow statistics time exactly as written, whatever the computer time zone', () => {
    expect(formatWallClock('2026-11-28T16:05:00', 'ru')).toBe('28 нояб. 2026, 16:05')
    expect(formatWallClock('2026-01-01T00:30:59', 'en')).toBe('1 Jan 2026, 00:30')
    expect(formatWallClock('2026-11-28 23:59', 'ru')).toBe('28 нояб. 2026, 23:59')
  })

  it('reads a bare date as midnight and anything else as no date', () => {
    expect(formatWallClock('2026-11-28', 'ru')).toBe('28 нояб. 2026, 00:00')
    expect(formatWallClock('вчера', 'ru')).toBe('—')
  })
})

describe('formatMoscowTime', () => {
  it('shows a UTC instant in Moscow time, whatever the computer time zone', () => {
    expect(formatMoscowTime('2026-11-28T13:05:00Z', 'ru')).toBe('28 нояб. 2026, 16:05')
    expect(formatMoscowTime('2026-12-31T22:30:00.000Z', 'en', 'compact')).toBe('01/01/2027, 01:30')
  })

  it('shows a dash for a value that is not a moment', () => {
    expect(formatMoscowTime('вчера', 'ru')).toBe('—')
  })
})

describe('formatDay', () => {
  it('shows the written calendar date, also of a value with an offset', () => {
    expect(formatDay('2024-12-29T00:00:00+03:00', 'ru')).toBe('29 дек. 2024')
    expect(formatDay('2024-12-29', 'en')).toBe('29 Dec 2024')
  })
})

describe('formatMoment', () => {
  it('treats a value with an offset as a moment and one without as Moscow wall-clock time', () => {
    expect(formatMoment('2026-11-28T16:05:00', 'ru')).toBe('28 нояб. 2026, 16:05')
    const withOffset = '2026-11-28T13:05:00Z'
    expect(formatMoment(withOffset, 'ru')).toBe(formatDateTime(withOffset, 'ru'))
  })
})

describe('compact dates', () => {
  it('writes dense table dates with digits', () => {
    expect(formatWallClock('2026-11-28T16:05:00', 'ru', 'compact')).toBe('28.11.2026, 16:05')
    expect(formatDay('2024-12-29T00:00:00+03:00', 'ru', 'compact')).toBe('29.12.2024')
  })
})
