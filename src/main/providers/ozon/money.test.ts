import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { kopecksToDecimal } from '../../../shared/domain/money'
import { decimalToKopecks, ozonDecimal, optionalKopecks, rublesToKopecks } from './money'

describe('Ozon money', () => {
  it.each([
    ['1299.99', 129999],
    ['0.1', 10],
    ['1000', 100000],
    ['1200.0000', 120000],
    ['29990.00', 2999000],
    ['0.01', 1],
    ['0', 0],
    ['-15.5', -1550]
  ])('reads %s as %i kopecks', (text, kopecks) => {
    expect(decimalToKopecks(text)).toBe(kopecks)
  })

  it('rounds a third decimal half away from zero, as round(x·100) on the exact decimal', () => {
    expect(decimalToKopecks('12.345')).toBe(1235)
    expect(decimalToKopecks('12.3449')).toBe(1234)
    expect(decimalToKopecks('-12.345')).toBe(-1235)
    expect(decimalToKopecks('-0.004')).toBe(0)
  })

  it('stays exact where a float would not (0.29 · 100 = 28.999…)', () => {
    expect(decimalToKopecks('0.29')).toBe(29)
    expect(decimalToKopecks('90071992547409.91')).toBe(9007199254740991)
  })

  test.prop([fc.integer({ min: -1e12, max: 1e12 })])('reads back every amount written in kopecks', (kopecks) => {
    expect(decimalToKopecks(kopecksToDecimal(kopecks))).toBe(kopecks)
  })

  it.each(['', '1,5', '1e3', ' 12', '12.', '.5', 'NaN', '١٢'])('refuses %j as a decimal amount', (text) => {
    expect(ozonDecimal.safeParse(text).success).toBe(false)
    expect(() => decimalToKopecks(text)).toThrow(RangeError)
  })

  it('reads an empty or missing card amount as no amount', () => {
    expect(optionalKopecks('')).toBeNull()
    expect(optionalKopecks(undefined)).toBeNull()
    expect(optionalKopecks('999.99')).toBe(99999)
  })

  it('reads the financial data’s JSON numbers to the kopeck', () => {
    expect(rublesToKopecks(32990)).toBe(3299000)
    expect(rublesToKopecks(0.29)).toBe(29)
    expect(rublesToKopecks(-0.001)).toBe(0)
  })
})
