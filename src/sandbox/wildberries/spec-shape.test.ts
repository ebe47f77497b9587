/**
 * Hand-written structural check of the cards-list 200 response against the schema in
 * shared/specs/wildberries/02-items.yaml (`/content/v2/get/cards/list`). A full OpenAPI contract test comes later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { walkCatalogue } from './test-helpers'
import type { WbCard } from './types'

const cardKeys = [
  'brand', 'characteristics', 'createdAt', 'description', 'dimensions', 'imtID', 'kizMarked', 'needKiz', 'nmID', 'nmUUID',
  'photos', 'sizes', 'subjectID', 'subjectName', 'tags', 'title', 'updatedAt', 'vendorCode', 'wholesale'
]
const photoKeys = ['big', 'c246x328', 'c516x688', 'square', 'tm']
const tagColors = ['D1CFD7', 'FEE0E0', 'ECDAFF', 'E4EAFF', 'DEF1DD', 'FFECC7']
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const isInteger = (value: unknown) => Number.isInteger(value)
const sortedKeys = (value: object) => Object.keys(value).sort()

function expectSpecCard(card: WbCard): void {
  const keys = sortedKeys(card)
  expect(keys.filter((key) => key !== 'video')).toEqual(cardKeys)
  for (const key of ['nmID', 'imtID', 'subjectID'] as const) expect(isInteger(card[key]), key).toBe(true)
  for (const key of ['subjectName', 'vendorCode', 'brand', 'title', 'description'] as const) expect(typeof card[key], key).toBe('string')
  expect(card.nmUUID).toMatch(uuid)
  expect(typeof card.needKiz).toBe('boolean')
  expect(typeof card.kizMarked).toBe('boolean')
  expect(card.createdAt).toMatch(dateTime)
  expect(card.updatedAt).toMatch(dateTime)
  if (card.video !== undefined) expect(card.video).toMatch(/^http:\/\//)

  for (const photo of card.photos) {
    expect(sortedKeys(photo)).toEqual(photoKeys)
    for (const url of Object.values(photo)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/images\/\d+\/\w+\/\d+\.svg$/)
  }
  expect(sortedKeys(card.wholesale)).toEqual(['enabled', 'quantum'])
  expect(typeof card.wholesale.enabled).toBe('boolean')
  expect(typeof card.wholesale.quantum).toBe('number')

  const { dimensions } = card
  expect(sortedKeys(dimensions)).toEqual(['height', 'isValid', 'length', 'weightBrutto', 'width'])
  for (const side of [dimensions.length, dimensions.width, dimensions.height]) expect(isInteger(side)).toBe(true)
  expect(typeof dimensions.weightBrutto).toBe('number')
  expect(Math.round(dimensions.weightBrutto * 1000)).toBeCloseTo(dimensions.weightBrutto * 1000, 6)
  expect(typeof dimensions.isValid).toBe('boolean')

  for (const characteristic of card.characteristics) {
    expect(sortedKeys(characteristic)).toEqual(['id', 'name', 'value'])
    expect(isInteger(characteristic.id)).toBe(true)
    expect(typeof characteristic.name).toBe('string')
    const { value } = characteristic
    expect(typeof value === 'number' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))).toBe(true)
  }
  expect(card.sizes.length).toBeGreaterThan(0)
  for (const size of card.sizes) {
    expect(sortedKeys(size)).toEqual(['chrtID', 'skus', 'techSize', 'wbSize'])
    expect(isInteger(size.chrtID)).toBe(true)
    expect(typeof size.techSize).toBe('string')
    expect(typeof size.wbSize).toBe('string')
    expect(size.skus.every((sku) => typeof sku === 'string')).toBe(true)
  }
  for (const tag of card.tags) {
    expect(sortedKeys(tag)).toEqual(['color', 'id', 'name'])
    expect(isInteger(tag.id)).toBe(true)
    expect(tagColors).toContain(tag.color)
  }
}

describe('cards-list response against the spec', () => {
  let wb: WbSandbox
  beforeAll(async () => {
    wb = await startWbSandbox({ cardCount: 1000, rateLimits: false })
  })
  afterAll(() => wb.close())

  it('has the spec fields, with the spec types, on every card and cursor', async () => {
    const pages = await walkCatalogue(wb.url, wb.token)
    for (const page of pages) {
      expect(sortedKeys(page)).toEqual(['cards', 'cursor'])
      expect(sortedKeys(page.cursor)).toEqual(['nmID', 'total', 'updatedAt'])
      expect(isInteger(page.cursor.nmID)).toBe(true)
      expect(isInteger(page.cursor.total)).toBe(true)
      expect(page.cursor.updatedAt).toMatch(dateTime)
      page.cards.forEach(expectSpecCard)
    }
    const cards = pages.flatMap((page) => page.cards)
    expect(cards).toHaveLength(1000)
    expect(cards.some((card) => card.video !== undefined)).toBe(true)
    expect(cards.some((card) => card.photos.length === 0)).toBe(true)
    expect(cards.some((card) => !card.dimensions.isValid)).toBe(true)
    expect(cards.some((card) => card.wholesale.enabled)).toBe(true)
  })
})
