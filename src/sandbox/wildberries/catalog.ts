/**
 * The seller's catalogue, generated on demand. Card `index` (0-based) is a pure function of (index, seed), so a
 * catalogue of a million cards costs nothing until a page of it is asked for.
 *
 * Base `updatedAt` grows strictly with the index, hence the order the API pages in, ascending (updatedAt, nmID),
 * is the index order. Consecutive pairs of cards are colour variants of one model: they share subject, brand and
 * title, and most pairs are merged under one imtID.
 */
import { between, hash32, pick, uuidV7 } from './random'
import { formatMicros } from './time'
import { photoSet, type TileContent } from './images'
import type { WbCard, WbCharacteristic, WbSize, WbTag } from './types'
import {
  characteristicIds, clothingLetters, clothingSizes, colors, countries, sellerTags, shoeSizes, subjects,
  type Audience, type Subject
} from './vocabulary'

const Salt = {
  nmBase: 1, nmGap: 2, imtBase: 3, merged: 4, chrtBase: 5, barcodeBase: 6, barcodePrefix: 7, subject: 8,
  brand: 9, audience: 10, feature: 11, secondFeature: 12, featureCount: 13, color: 14, material: 15, country: 16,
  extras: 17, sizeRun: 18, letters: 19, photos: 20, video: 21, updatedJitter: 22, createdAge: 23, uuid: 24,
  sentences: 25, tags: 26, dimensions: 27, wholesale: 28, kiz: 29, hue: 30
} as const

const FIRST_UPDATED_AT_MICROS = Date.UTC(2025, 2, 1, 6, 0, 0) * 1000
const UPDATE_STEP_MICROS = 30_000_000
const MAX_CREATED_AGE_SECONDS = 400 * 86_400
const NM_ID_STRIDE = 7
/** Every card owns this many chrtID and barcode slots, one per size; no card has more sizes. */
const SIZE_SLOTS = 8
const MODEL_SIZE = 2
const VENDOR_PREFIX = 'SF'

export const modelOf = (index: number) => Math.floor(index / MODEL_SIZE)

/** Where a seed's id range starts, somewhere in [floor, floor + spread). */
function idBase(seed: number, salt: number, floor: number, spread: number): number {
  return floor + (hash32(seed, 0, salt) % spread)
}

export function nmIdAt(index: number, seed: number): number {
  return idBase(seed, Salt.nmBase, 100_000_000, 300_000_000) + index * NM_ID_STRIDE + (hash32(seed, index, Salt.nmGap) % NM_ID_STRIDE)
}

/** The index of the card with this nmID, or undefined; the caller checks it against the catalogue's size. */
export function indexOfNmId(nmId: number, seed: number): number | undefined {
  const offset = nmId - idBase(seed, Salt.nmBase, 100_000_000, 300_000_000)
  if (!Number.isSafeInteger(offset) || offset < 0) return undefined
  const index = Math.floor(offset / NM_ID_STRIDE)
  return nmIdAt(index, seed) === nmId ? index : undefined
}

export function baseUpdatedAtMicros(index: number, seed: number): number {
  return FIRST_UPDATED_AT_MICROS + index * UPDATE_STEP_MICROS + (hash32(seed, index, Salt.updatedJitter) % UPDATE_STEP_MICROS)
}

export function subjectAt(index: number, seed: number): Subject {
  return pick(subjects, hash32(seed, modelOf(index), Salt.subject))
}

export function photoCountAt(index: number, seed: number): number {
  const h = hash32(seed, index, Salt.photos)
  return h % 25 === 0 ? 0 : 1 + ((h >>> 8) % 7)
}

export function vendorCodeAt(index: number, seed: number): string {
  return `${VENDOR_PREFIX}-${subjectAt(index, seed).code}-${String(index + 1).padStart(5, '0')}`
}

export function indexOfVendorCode(text: string, seed: number): number | undefined {
  const match = /-(\d{5,})$/.exec(text)
  if (!match) return undefined
  const index = Number(match[1]) - 1
  if (!Number.isSafeInteger(index) || index < 0) return undefined
  return vendorCodeAt(index, seed).toUpperCase() === text.toUpperCase() ? index : undefined
}

export function ean13CheckDigit(first12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

/** WB-issued barcodes start with 20; a manufacturer's own GS1 Russia barcodes with 46. */
function barcodeAt(index: number, slot: number, seed: number): string {
  const prefix = hash32(seed, modelOf(index), Salt.barcodePrefix) % 10 < 3 ? '46' : '20'
  const payload = idBase(seed, Salt.barcodeBase, 1_000_000_000, 4_000_000_000) + index * SIZE_SLOTS + slot
  const first12 = prefix + String(payload).padStart(10, '0')
  return first12 + String(ean13CheckDigit(first12))
}

export function indexOfBarcode(text: string, seed: number): number | undefined {
  if (!/^\d{13}$/.test(text)) return undefined
  const offset = Number(text.slice(2, 12)) - idBase(seed, Salt.barcodeBase, 1_000_000_000, 4_000_000_000)
  if (offset < 0) return undefined
  const index = Math.floor(offset / SIZE_SLOTS)
  return barcodeAt(index, offset % SIZE_SLOTS, seed) === text ? index : undefined
}

function chrtIdBase(seed: number): number {
  return idBase(seed, Salt.chrtBase, 400_000_000, 100_000_000)
}

/** The card index and size slot a chrtID belongs to, or undefined; the caller checks the index against the catalogue. */
export function locateChrtId(chrtId: number, seed: number): { index: number; slot: number } | undefined {
  const offset = chrtId - chrtIdBase(seed)
  if (!Number.isSafeInteger(offset) || offset < 0) return undefined
  const index = Math.floor(offset / SIZE_SLOTS)
  const slot = offset % SIZE_SLOTS
  return slot < sizeCountAt(index, seed) ? { index, slot } : undefined
}

/** A card's size run: how many sizes, and where in the size chart it starts. */
function sizeRunAt(index: number, seed: number): { count: number; first: number; useLetters: boolean } {
  const h = hash32(seed, modelOf(index), Salt.sizeRun)
  const { sizing } = subjectAt(index, seed).group
  if (sizing === 'clothing') {
    const count = between(3, 6, h)
    return { count, first: between(0, clothingSizes.length - count, h >>> 8), useLetters: hash32(seed, modelOf(index), Salt.letters) % 5 < 2 }
  }
  if (sizing === 'shoes') {
    const count = between(4, 7, h)
    return { count, first: between(0, shoeSizes.length - count, h >>> 8), useLetters: false }
  }
  return { count: 1, first: 0, useLetters: false }
}

export function sizeCountAt(index: number, seed: number): number {
  return sizeRunAt(index, seed).count
}

/** One size of a card, without building the others (orders and stocks quote a single size). */
export function sizeAt(index: number, seed: number, slot: number): WbSize {
  const { first, useLetters } = sizeRunAt(index, seed)
  const { sizing } = subjectAt(index, seed).group
  const size = (techSize: string, wbSize: string): WbSize =>
    ({ chrtID: chrtIdBase(seed) + index * SIZE_SLOTS + slot, techSize, wbSize, skus: [barcodeAt(index, slot, seed)] })
  if (sizing === 'clothing') {
    const wbSize = clothingSizes[first + slot] ?? ''
    return size(useLetters ? (clothingLetters[first + slot] ?? wbSize) : wbSize, wbSize)
  }
  if (sizing === 'shoes') {
    const shoeSize = shoeSizes[first + slot] ?? ''
    return size(shoeSize, shoeSize)
  }
  return size(sizing === 'oneSize' ? 'ONE SIZE' : '0', '')
}

export function sizesAt(index: number, seed: number): WbSize[] {
  return Array.from({ length: sizeCountAt(index, seed) }, (_, slot) => sizeAt(index, seed, slot))
}

function titleOf(subject: Subject, audience: Audience | undefined, index: number, seed: number, revision: number): string {
  const model = modelOf(index)
  const { features } = subject
  // A revision shifts the first feature, so every touch changes the title.
  const first = (hash32(seed, model, Salt.feature) + revision) % features.length
  const words = [subject.noun, audience?.word, features[first]]
  if (hash32(seed, model, Salt.featureCount) % 10 < 7) {
    words.push(features[(first + 1 + (hash32(seed, model, Salt.secondFeature) % (features.length - 1))) % features.length])
  }
  return words.filter((word) => word !== undefined).join(' ')
}

function descriptionOf(title: string, subject: Subject, brand: string, index: number, seed: number): string {
  const { sentences } = subject.group
  const h = hash32(seed, modelOf(index), Salt.sentences)
  const count = between(2, 3, h)
  const picked = Array.from({ length: count }, (_, k) => pick(sentences, (h >>> 4) + k))
  return [`${title} от бренда ${brand}.`, ...picked].join(' ')
}

function characteristicsOf(subject: Subject, audience: Audience | undefined, color: string, index: number, seed: number): WbCharacteristic[] {
  const model = modelOf(index)
  const { group } = subject
  const list: WbCharacteristic[] = []
  if (group.hasColor) list.push({ id: characteristicIds.color, name: 'Цвет', value: [color] })
  if (group.material) {
    list.push({ id: group.material.id, name: group.material.name, value: [pick(group.material.values, hash32(seed, model, Salt.material))] })
  }
  if (audience) list.push({ id: characteristicIds.gender, name: 'Пол', value: [audience.gender] })
  group.extras.forEach((extra, k) => {
    const value = pick(extra.values, hash32(seed, model, Salt.extras + k * 100))
    list.push({ id: extra.id, name: extra.name, value: typeof value === 'number' ? value : [value] })
  })
  list.push({ id: characteristicIds.country, name: 'Страна производства', value: [pick(countries, hash32(seed, model, Salt.country))] })
  return list
}

function tagsOf(index: number, seed: number): WbTag[] {
  const h = hash32(seed, index, Salt.tags)
  const count = h % 100 < 5 ? 2 : h % 100 < 25 ? 1 : 0
  const first = (h >>> 8) % sellerTags.length
  return Array.from({ length: count }, (_, k) => ({ ...pick(sellerTags, first + k) }))
}

function dimensionsOf(subject: Subject, index: number, seed: number): WbCard['dimensions'] {
  const { dimensions } = subject.group
  const h = (k: number) => hash32(seed, modelOf(index), Salt.dimensions + k * 100)
  const suspicious = h(0) % 100 < 3
  return {
    length: between(...dimensions.lengthCm, h(1)),
    width: between(...dimensions.widthCm, h(2)),
    // WB flags a zero side as invalid; a few sellers leave one empty.
    height: suspicious && h(0) % 2 === 0 ? 0 : between(...dimensions.heightCm, h(3)),
    weightBrutto: between(...dimensions.weightGrams, h(4)) / 1000,
    isValid: !suspicious
  }
}

function wholesaleOf(index: number, seed: number): WbCard['wholesale'] {
  const h = hash32(seed, modelOf(index), Salt.wholesale)
  return h % 100 < 8 ? { enabled: true, quantum: pick([6, 10, 12, 20, 24, 50], h >>> 8) } : { enabled: false, quantum: 0 }
}

export function brandAt(index: number, seed: number): string {
  return pick(subjectAt(index, seed).group.brands, hash32(seed, modelOf(index), Salt.brand))
}

/** The colour a card is made in; subjects without a colour characteristic still get one for their photos' sake. */
export function colorAt(index: number, seed: number): string {
  return pick(colors, hash32(seed, index, Salt.color))
}

/** A later version of a card, laid over the generated one by the mutation API. */
export interface CardRevision {
  revision: number
  updatedAtMicros: number
}

export function cardAt(index: number, seed: number, baseUrl: string, revision?: CardRevision): WbCard {
  const model = modelOf(index)
  const subject = subjectAt(index, seed)
  const audience = subject.audiences.length > 0 ? pick(subject.audiences, hash32(seed, model, Salt.audience)) : undefined
  const brand = brandAt(index, seed)
  const color = colorAt(index, seed)
  const nmID = nmIdAt(index, seed)
  const updatedAtMicros = revision?.updatedAtMicros ?? baseUpdatedAtMicros(index, seed)
  const ageHash = hash32(seed, index, Salt.createdAge)
  const createdAtMicros = baseUpdatedAtMicros(index, seed) - (ageHash % MAX_CREATED_AGE_SECONDS) * 1_000_000 - (ageHash % 999_983)
  const merged = hash32(seed, model, Salt.merged) % 3 !== 0
  const title = titleOf(subject, audience, index, seed, revision?.revision ?? 0)
  const photoCount = photoCountAt(index, seed)
  const needKiz = subject.group.needKiz
  return {
    nmID,
    imtID: idBase(seed, Salt.imtBase, 200_000_000, 100_000_000) + (merged ? model * MODEL_SIZE : index) * 3,
    nmUUID: uuidV7(Math.floor(createdAtMicros / 1000), seed, index, Salt.uuid),
    subjectID: subject.id,
    subjectName: subject.name,
    vendorCode: vendorCodeAt(index, seed),
    brand,
    title,
    description: descriptionOf(title, subject, brand, index, seed),
    needKiz,
    kizMarked: needKiz && hash32(seed, index, Salt.kiz) % 10 !== 0,
    photos: Array.from({ length: photoCount }, (_, k) => photoSet(baseUrl, nmID, k + 1)),
    ...(photoCount > 0 && hash32(seed, index, Salt.video) % 10 === 0 ? { video: `${baseUrl}/videos/${nmID}/index.m3u8` } : {}),
    wholesale: wholesaleOf(index, seed),
    dimensions: dimensionsOf(subject, index, seed),
    characteristics: characteristicsOf(subject, audience, color, index, seed),
    sizes: sizesAt(index, seed),
    tags: tagsOf(index, seed),
    createdAt: formatMicros(createdAtMicros),
    updatedAt: formatMicros(updatedAtMicros)
  }
}

export function photoTileAt(index: number, seed: number, number: number): TileContent {
  const subject = subjectAt(index, seed)
  return {
    initials: subject.code,
    caption: subject.name,
    hue: hash32(seed, index, Salt.hue) % 360,
    number,
    total: photoCountAt(index, seed)
  }
}
