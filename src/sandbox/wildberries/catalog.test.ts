import { describe, expect, it } from 'vitest'
import {
  baseUpdatedAtMicros, cardAt, ean13CheckDigit, indexOfBarcode, indexOfNmId, indexOfVendorCode, nmIdAt
} from './catalog'
import { parseMicros } from './time'
import { subjects } from './vocabulary'

const BASE = 'http://127.0.0.1:9'
const SEED = 1

describe('catalog', () => {
  it('gives the same card for the same seed and index, and a different catalogue for another seed', () => {
    expect(cardAt(4242, SEED, BASE)).toEqual(cardAt(4242, SEED, BASE))
    const other = cardAt(4242, 2, BASE)
    expect(other.nmID).not.toBe(cardAt(4242, SEED, BASE).nmID)
    expect(cardAt(0, 2, BASE).sizes[0]?.skus).not.toEqual(cardAt(0, SEED, BASE).sizes[0]?.skus)
  })

  it('orders cards by index: updatedAt grows strictly and is RFC 3339 UTC with a trimmed fraction', () => {
    let previous = -Infinity
    for (let index = 0; index < 5000; index++) {
      const card = cardAt(index, SEED, BASE)
      expect(card.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,5}[1-9])?Z$/)
      const micros = parseMicros(card.updatedAt)!
      expect(micros).toBe(baseUpdatedAtMicros(index, SEED))
      expect(micros).toBeGreaterThan(previous)
      expect(parseMicros(card.createdAt)!).toBeLessThanOrEqual(micros)
      previous = micros
    }
  })

  it('keeps nmIDs, vendor codes, chrtIDs, barcodes and nmUUIDs unique', () => {
    const seen = { nm: new Set<number>(), vendor: new Set<string>(), chrt: new Set<number>(), sku: new Set<string>(), uuid: new Set<string>() }
    let sizes = 0
    const count = 20_000
    for (let index = 0; index < count; index++) {
      const card = cardAt(index, SEED, BASE)
      seen.nm.add(card.nmID)
      seen.vendor.add(card.vendorCode)
      seen.uuid.add(card.nmUUID)
      for (const size of card.sizes) {
        sizes += 1
        seen.chrt.add(size.chrtID)
        size.skus.forEach((sku) => seen.sku.add(sku))
      }
    }
    expect(seen.nm.size).toBe(count)
    expect(seen.vendor.size).toBe(count)
    expect(seen.uuid.size).toBe(count)
    expect(seen.chrt.size).toBe(sizes)
    expect(seen.sku.size).toBe(sizes)
  })

  it('issues EAN-13 barcodes with a valid check digit and a 20 or 46 prefix', () => {
    const prefixes = new Set<string>()
    for (let index = 0; index < 2000; index++) {
      for (const sku of cardAt(index, SEED, BASE).sizes.flatMap((size) => size.skus)) {
        expect(sku).toMatch(/^(20|46)\d{11}$/)
        expect(Number(sku[12])).toBe(ean13CheckDigit(sku.slice(0, 12)))
        prefixes.add(sku.slice(0, 2))
      }
    }
    expect([...prefixes].sort()).toEqual(['20', '46'])
    expect(ean13CheckDigit('400638133393')).toBe(1)
  })

  it('gives clothing Russian sizes 42–56 and non-sized goods "0" or ONE SIZE', () => {
    for (let index = 0; index < 3000; index++) {
      const card = cardAt(index, SEED, BASE)
      const subject = subjects.find((s) => s.id === card.subjectID)!
      if (subject.group.sizing === 'clothing') {
        expect(card.sizes.length).toBeGreaterThanOrEqual(3)
        for (const size of card.sizes) expect(Number(size.wbSize)).toSatisfy((n: number) => n >= 42 && n <= 56 && n % 2 === 0)
      } else if (subject.group.sizing === 'none') {
        expect(card.sizes.map((size) => [size.techSize, size.wbSize])).toEqual([['0', '']])
      } else if (subject.group.sizing === 'oneSize') {
        expect(card.sizes.map((size) => size.techSize)).toEqual(['ONE SIZE'])
      }
    }
  })

  it('writes vendor codes like SF-ПЛ-00123 and finds cards back by nmID, barcode and vendor code', () => {
    for (const index of [0, 1, 77, 99_999, 1_234_567]) {
      const card = cardAt(index, SEED, BASE)
      expect(card.vendorCode).toMatch(/^SF-[А-ЯЁ]{2}-\d{5,}$/)
      expect(indexOfNmId(card.nmID, SEED)).toBe(index)
      expect(indexOfVendorCode(card.vendorCode.toLowerCase(), SEED)).toBe(index)
      for (const sku of card.sizes.flatMap((size) => size.skus)) expect(indexOfBarcode(sku, SEED)).toBe(index)
    }
    expect(indexOfNmId(nmIdAt(10, SEED) + 1, SEED)).toBeUndefined()
    expect(indexOfNmId(5, SEED)).toBeUndefined()
    expect(indexOfBarcode('4600000000000', SEED)).toBeUndefined()
    expect(indexOfVendorCode('SF-ЯЯ-00001', SEED)).toBeUndefined()
  })

  it('composes varied Russian cards across all subjects', () => {
    const titles = new Set<string>()
    const brands = new Set<string>()
    const subjectIds = new Set<number>()
    for (let index = 0; index < 100_000; index += 7) {
      const card = cardAt(index, SEED, BASE)
      titles.add(`${card.brand} ${card.title}`)
      brands.add(card.brand)
      subjectIds.add(card.subjectID)
      expect(card.title).toMatch(/[а-яё]/i)
    }
    expect(subjectIds.size).toBe(subjects.length)
    expect(brands.size).toBeGreaterThan(40)
    expect(titles.size).toBeGreaterThan(3000)
  })

  it('builds any card from its index alone: the millionth first, the same as after the ones before it', () => {
    const last = cardAt(999_999, SEED, BASE)
    expect(indexOfNmId(last.nmID, SEED)).toBe(999_999)
    for (let index = 0; index < 1000; index++) cardAt(index, SEED, BASE)
    expect(cardAt(999_999, SEED, BASE)).toEqual(last)
  })

  it('changes the title and updatedAt of a revised card and nothing that identifies it', () => {
    const base = cardAt(10, SEED, BASE)
    const revised = cardAt(10, SEED, BASE, { revision: 1, updatedAtMicros: baseUpdatedAtMicros(10, SEED) + 1 })
    expect(revised.title).not.toBe(base.title)
    expect(parseMicros(revised.updatedAt)).toBe(baseUpdatedAtMicros(10, SEED) + 1)
    expect({ ...revised, title: base.title, description: base.description, updatedAt: base.updatedAt }).toEqual(base)
  })
})
