/**
 * The catalogue as the API sees it: generated cards plus an overlay of touched ones. A touched card leaves its
 * place in the index order and moves to the end with an updatedAt later than any other card's, which is how WB
 * shows an edited card to a client that resumes from its saved cursor.
 */
import {
  baseUpdatedAtMicros, cardAt, indexOfBarcode, indexOfNmId, indexOfVendorCode, nmIdAt, photoCountAt, photoTileAt,
  type CardRevision
} from './catalog'
import type { TileContent } from './images'
import { hash32 } from './random'
import { msToMicros } from './time'
import type { WbCard } from './types'

export interface CardKey {
  updatedAtMicros: number
  nmId: number
}

/** `-1` and `0` any card, `1` only cards with photos, `2` only cards without (spec's `settings.filter.withPhoto`). */
export type WithPhoto = -1 | 0 | 1 | 2

export interface CardQuery {
  limit: number
  ascending: boolean
  /** Return only cards strictly after this key in the requested direction. */
  cursor?: CardKey
  /** Exact match on nmID, barcode or vendor code (vendor codes case-insensitively). */
  textSearch?: string
  withPhoto: WithPhoto
  /** Subject ids (`settings.filter.objectIDs`). */
  objectIDs?: number[]
  tagIDs?: number[]
  brands?: string[]
  imtID?: number
}

export interface CardStoreOptions {
  seed: number
  cardCount: number
  baseUrl: string
  now: () => number
}

const TOUCH_SALT = 0x70c4

function compareKeys(a: CardKey, b: CardKey): number {
  return a.updatedAtMicros - b.updatedAtMicros || a.nmId - b.nmId
}

/** The first position in [0, length) where `before` turns false; `before` must be true…true false…false. */
function partitionPoint(length: number, before: (position: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (before(mid)) low = mid + 1
    else high = mid
  }
  return low
}

function matchesFilters(card: WbCard, query: CardQuery): boolean {
  return (query.objectIDs === undefined || query.objectIDs.includes(card.subjectID))
    && (query.brands === undefined || query.brands.includes(card.brand))
    && (query.imtID === undefined || query.imtID === card.imtID)
    && (query.tagIDs === undefined || card.tags.some((tag) => query.tagIDs?.includes(tag.id)))
}

const OPEN_BRACKET = Buffer.from('[')
const COMMA = Buffer.from(',')
const CLOSE_BRACKET = Buffer.from(']')

function hasCardFilters(query: CardQuery): boolean {
  return query.objectIDs !== undefined || query.brands !== undefined || query.imtID !== undefined || query.tagIDs !== undefined
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

interface Entry {
  index: number
  key: CardKey
}

/** A card as the list method sends it, kept per revision. */
interface SerialisedCard {
  revision: number
  json: Buffer
  updatedAt: string
  nmID: number
}

export interface CardsPageJson {
  /** The page's cards as a JSON array, UTF-8, in parts that follow each other. */
  parts: Buffer[]
  count: number
  last: { updatedAt: string; nmID: number } | undefined
}

export class CardStore {
  /** index → latest revision; Map order is touch order, which is also updatedAt order. */
  private readonly touched = new Map<number, CardRevision>()
  /**
   * Cards serialised once per revision. Building a card costs the fake server more than a real one spends
   * reading it from its database, and that cost would otherwise show up in the app's ingest benchmark.
   */
  private readonly serialised = new Map<number, SerialisedCard>()
  private tailCache: Entry[] | undefined
  private touchRounds = 0
  private latestMicros: number

  constructor(private readonly options: CardStoreOptions) {
    this.latestMicros = options.cardCount > 0 ? baseUpdatedAtMicros(options.cardCount - 1, options.seed) : 0
  }

  list(query: CardQuery): WbCard[] {
    return this.pageIndexes(query).map((index) => this.card(index))
  }

  /** What `list` returns, as encoded JSON. */
  listJson(query: CardQuery): CardsPageJson {
    const cards = this.pageIndexes(query).map((index) => this.serialisedCard(index))
    const last = cards.at(-1)
    const parts: Buffer[] = [OPEN_BRACKET]
    cards.forEach((card, position) => parts.push(...(position === 0 ? [card.json] : [COMMA, card.json])))
    parts.push(CLOSE_BRACKET)
    return {
      parts,
      count: cards.length,
      last: last && { updatedAt: last.updatedAt, nmID: last.nmID }
    }
  }

  /** Serialises every card ahead of the first request (the benchmark's sandbox: about 2.5 KB a card). */
  serialiseAll(): void {
    for (let index = 0; index < this.options.cardCount; index++) this.serialisedCard(index)
  }

  private pageIndexes(query: CardQuery): number[] {
    const indexes = query.textSearch
      ? this.searchResults(query.textSearch, query)
      : query.ascending ? this.ascending(query.cursor) : this.descending(query.cursor)
    const filtered = hasCardFilters(query)
    const page: number[] = []
    for (const index of indexes) {
      if (!this.passesPhotoFilter(index, query.withPhoto)) continue
      if (filtered && !matchesFilters(this.card(index), query)) continue
      page.push(index)
      if (page.length >= query.limit) break
    }
    return page
  }

  private serialisedCard(index: number): SerialisedCard {
    const revision = this.touched.get(index)?.revision ?? 0
    const cached = this.serialised.get(index)
    if (cached?.revision === revision) return cached
    const card = this.card(index)
    const fresh = { revision, json: Buffer.from(JSON.stringify(card)), updatedAt: card.updatedAt, nmID: card.nmID }
    this.serialised.set(index, fresh)
    return fresh
  }

  /** Edits `count` cards spread over the catalogue; returns their nmIDs in their new order. */
  touch(count: number): number[] {
    const { cardCount, seed, now } = this.options
    const total = Math.min(Math.max(0, Math.floor(count)), cardCount)
    if (total === 0) return []
    this.touchRounds += 1
    const start = hash32(seed, this.touchRounds, TOUCH_SALT) % cardCount
    let stride = Math.max(1, Math.round(cardCount * 0.618))
    while (gcd(stride, cardCount) !== 1) stride += 1
    let micros = Math.max(msToMicros(now()), this.latestMicros + 1)
    const nmIds: number[] = []
    for (let k = 0; k < total; k++) {
      const index = (start + k * stride) % cardCount
      const revision = (this.touched.get(index)?.revision ?? 0) + 1
      this.touched.delete(index)
      this.touched.set(index, { revision, updatedAtMicros: micros })
      nmIds.push(nmIdAt(index, seed))
      this.latestMicros = micros
      micros += 1 + (hash32(seed, index, TOUCH_SALT + revision) % 5_000)
    }
    this.tailCache = undefined
    return nmIds
  }

  /** What the photo at /images/{nmId}/…/{number}.svg shows, or undefined when there is no such photo. */
  photoTile(nmId: number, number: number): TileContent | undefined {
    const index = this.indexOf(nmId)
    if (index === undefined || number < 1 || number > photoCountAt(index, this.options.seed)) return undefined
    return photoTileAt(index, this.options.seed, number)
  }

  hasCard(nmId: number): boolean {
    return this.indexOf(nmId) !== undefined
  }

  private card(index: number): WbCard {
    return cardAt(index, this.options.seed, this.options.baseUrl, this.touched.get(index))
  }

  private indexOf(nmId: number): number | undefined {
    const index = indexOfNmId(nmId, this.options.seed)
    return index !== undefined && index < this.options.cardCount ? index : undefined
  }

  private baseKey(index: number): CardKey {
    return { updatedAtMicros: baseUpdatedAtMicros(index, this.options.seed), nmId: nmIdAt(index, this.options.seed) }
  }

  private currentKey(index: number): CardKey {
    const revision = this.touched.get(index)
    return revision ? { updatedAtMicros: revision.updatedAtMicros, nmId: nmIdAt(index, this.options.seed) } : this.baseKey(index)
  }

  private tail(): Entry[] {
    this.tailCache ??= Array.from(this.touched.keys(), (index) => ({ index, key: this.currentKey(index) }))
    return this.tailCache
  }

  private *ascending(after: CardKey | undefined): Generator<number> {
    const { cardCount } = this.options
    const tail = this.tail()
    const baseStart = after ? partitionPoint(cardCount, (i) => compareKeys(this.baseKey(i), after) <= 0) : 0
    for (let i = baseStart; i < cardCount; i++) {
      if (!this.touched.has(i)) yield i
    }
    const tailStart = after ? partitionPoint(tail.length, (k) => compareKeys(tail[k]!.key, after) <= 0) : 0
    for (let k = tailStart; k < tail.length; k++) yield tail[k]!.index
  }

  private *descending(before: CardKey | undefined): Generator<number> {
    const { cardCount } = this.options
    const tail = this.tail()
    const tailEnd = before ? partitionPoint(tail.length, (k) => compareKeys(tail[k]!.key, before) < 0) : tail.length
    for (let k = tailEnd - 1; k >= 0; k--) yield tail[k]!.index
    const baseEnd = before ? partitionPoint(cardCount, (i) => compareKeys(this.baseKey(i), before) < 0) : cardCount
    for (let i = baseEnd - 1; i >= 0; i--) {
      if (!this.touched.has(i)) yield i
    }
  }

  /** A text search matches at most a handful of cards; they are ordered and paged like any other listing. */
  private searchResults(text: string, query: CardQuery): number[] {
    const { seed } = this.options
    const candidates = new Set<number | undefined>([
      /^\d+$/.test(text) ? indexOfNmId(Number(text), seed) : undefined,
      indexOfBarcode(text, seed),
      indexOfVendorCode(text, seed)
    ])
    const direction = query.ascending ? 1 : -1
    const { cursor } = query
    return [...candidates]
      .filter((index): index is number => index !== undefined && index < this.options.cardCount)
      .map((index) => ({ index, key: this.currentKey(index) }))
      .filter((entry) => !cursor || compareKeys(entry.key, cursor) * direction > 0)
      .sort((a, b) => compareKeys(a.key, b.key) * direction)
      .map((entry) => entry.index)
  }

  private passesPhotoFilter(index: number, withPhoto: WithPhoto): boolean {
    if (withPhoto === 1) return photoCountAt(index, this.options.seed) > 0
    if (withPhoto === 2) return photoCountAt(index, this.options.seed) === 0
    return true
  }
}
