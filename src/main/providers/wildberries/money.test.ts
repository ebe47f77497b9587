import { describe, expect, it } from 'vitest'
import { rublesToKopecks } from './money'

describe('rublesToKopecks', () => {
  it('is exact for values with up to two decimals', () => {
    expect(rublesToKopecks(0.29)).toBe(29)
    expect(rublesToKopecks(1234.56)).toBe(123456)
    expect(rublesToKopecks(-99.99)).toBe(-9999)
    expect(rublesToKopecks(1284.01)).toBe(128401)
    expect(rublesToKopecks(0.07)).toBe(7)
    expect(rublesToKopecks(1887)).toBe(188700)
  })

  it('round-trips every two-decimal amount up to a million roubles in a sample', () => {
    for (let kopecks = -100_000_000; kopecks <= 100_000_000; kopecks += 7_919) {
      expect(rublesToKopecks(Number((kopecks / 100).toFixed(2)))).toBe(kopecks)
    }
  })

  it('stores no negative zero', () => {
    expect(Object.is(rublesToKopecks(-0.001), 0)).toBe(true)
  })
})
