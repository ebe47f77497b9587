import { describe, expect, it } from 'vitest'
import { formatCount, formatMoney, formatPercent } from './money'

/** ICU separates groups and the ₽ sign with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')

describe('formatMoney', () => {
  it('writes other currencies by their code, never as roubles, and a code Intl cannot name as digits', () => {
    expect(plain(formatMoney(10_14, 'ru', 'BYN'))).toBe('10,14 BYN')
    expect(plain(formatMoney(123_450, 'ru', 'KZT'))).toBe('1 234,50 KZT')
    expect(plain(formatMoney(5_00, 'ru', '999'))).toBe('5,00 (999)')
  })

  it('writes kopecks as Russian sellers read roubles', () => {
    expect(plain(formatMoney(123_450, 'ru'))).toBe('1 234,50 ₽')
    expect(plain(formatMoney(5, 'ru'))).toBe('0,05 ₽')
    expect(plain(formatMoney(0, 'ru'))).toBe('0,00 ₽')
    expect(plain(formatMoney(100, 'ru'))).toBe('1,00 ₽')
  })

  it('keeps the minus of returns and refunds', () => {
    expect(plain(formatMoney(-123_450, 'ru'))).toBe('-1 234,50 ₽')
    expect(plain(formatMoney(-1, 'ru'))).toBe('-0,01 ₽')
  })

  it('keeps every kopeck of sums far beyond what a float division would keep', () => {
    expect(plain(formatMoney(Number.MAX_SAFE_INTEGER, 'ru'))).toBe('90 071 992 547 409,91 ₽')
    expect(plain(formatMoney(-Number.MAX_SAFE_INTEGER, 'ru'))).toBe('-90 071 992 547 409,91 ₽')
    // 0.29 + 0.01 kopeck-safe: 29 kopecks stays 0,29 (29 / 100 as a float would too, but 1e15+29 would not).
    expect(plain(formatMoney(1_000_000_000_000_029, 'ru'))).toBe('10 000 000 000 000,29 ₽')
  })

  it('writes English amounts with the rouble sign first', () => {
    expect(formatMoney(123_450, 'en')).toBe('₽1,234.50')
    expect(plain(formatMoney(-99, 'en'))).toBe('-₽0.99')
  })

  it('shows a dash for a value that is not a whole number of kopecks', () => {
    expect(formatMoney(1.5, 'ru')).toBe('—')
    expect(formatMoney(Number.NaN, 'ru')).toBe('—')
    expect(formatMoney(2 ** 60, 'ru')).toBe('—')
  })
})

describe('formatPercent and formatCount', () => {
  it('writes whole percents and grouped counts', () => {
    expect(plain(formatPercent(25, 'ru'))).toBe('25 %')
    expect(formatPercent(25, 'en')).toBe('25%')
    expect(plain(formatCount(1_000_000, 'ru'))).toBe('1 000 000')
    expect(formatCount(1_000_000, 'en')).toBe('1,000,000')
  })
})
