import { describe, expect, it } from 'vitest'
import { formatDateTime, toLocale } from './format'

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
