import { afterEach, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox, type WbSandboxOptions } from './index'
import { parseMicros } from './time'
import { listCards, manualClock, postCardsList, walkCatalogue } from './test-helpers'
import type { WbCard } from './types'

const running: WbSandbox[] = []

async function sandbox(options: WbSandboxOptions = {}): Promise<WbSandbox> {
  const started = await startWbSandbox({ rateLimits: false, ...options })
  running.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

const keyOf = (card: WbCard) => [parseMicros(card.updatedAt)!, card.nmID] as const
const isAscending = (cards: WbCard[]) =>
  cards.every((card, i) => i === 0 || keyOf(cards[i - 1]!)[0] < keyOf(card)[0] || (keyOf(cards[i - 1]!)[0] === keyOf(card)[0] && cards[i - 1]!.nmID < card.nmID))

const problemKeys = ['code', 'detail', 'origin', 'requestId', 'status', 'statusText', 'timestamp', 'title']

describe('POST /content/v2/get/cards/list', () => {
  it('pages through every card exactly once, stopping when total < limit', async () => {
    const wb = await sandbox({ cardCount: 1250 })
    const pages = await walkCatalogue(wb.url, wb.token)
    expect(pages.map((page) => page.cursor.total)).toEqual([...Array<number>(12).fill(100), 50])
    const cards = pages.flatMap((page) => page.cards)
    expect(new Set(cards.map((card) => card.nmID)).size).toBe(1250)
    expect(isAscending(cards)).toBe(true)
    for (const page of pages) {
      const last = page.cards.at(-1)!
      expect(page.cursor).toEqual({ updatedAt: last.updatedAt, nmID: last.nmID, total: page.cards.length })
    }
  })

  it('answers an empty page that keeps the cursor when the catalogue is a multiple of the limit', async () => {
    const wb = await sandbox({ cardCount: 200 })
    const pages = await walkCatalogue(wb.url, wb.token)
    expect(pages.map((page) => page.cursor.total)).toEqual([100, 100, 0])
    expect(pages[2]).toEqual({ cards: [], cursor: { updatedAt: pages[1]!.cursor.updatedAt, nmID: pages[1]!.cursor.nmID, total: 0 } })
  })

  it('returns cards strictly after the cursor, in either direction', async () => {
    const wb = await sandbox({ cardCount: 300 })
    const all = (await walkCatalogue(wb.url, wb.token)).flatMap((page) => page.cards)
    const pivot = all[120]!
    const after = await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 5, updatedAt: pivot.updatedAt, nmID: pivot.nmID } })
    expect(after.cards.map((card) => card.nmID)).toEqual(all.slice(121, 126).map((card) => card.nmID))

    const before = await listCards(wb.url, wb.token, { sort: { ascending: false }, cursor: { limit: 5, updatedAt: pivot.updatedAt, nmID: pivot.nmID } })
    expect(before.cards.map((card) => card.nmID)).toEqual(all.slice(115, 120).reverse().map((card) => card.nmID))

    const newest = await listCards(wb.url, wb.token, { cursor: { limit: 3 } })
    expect(newest.cards.map((card) => card.nmID)).toEqual(all.slice(-3).reverse().map((card) => card.nmID))

    const sinceTime = await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 2, updatedAt: pivot.updatedAt } })
    expect(sinceTime.cards.map((card) => card.nmID)).toEqual(all.slice(120, 122).map((card) => card.nmID))
  })

  it('defaults to 10 cards, newest first, as the spec says', async () => {
    const wb = await sandbox({ cardCount: 50 })
    const page = await listCards(wb.url, wb.token, {})
    expect(page.cards).toHaveLength(10)
    expect(isAscending([...page.cards].reverse())).toBe(true)
  })

  it('finds a card by nmID, barcode or vendor code', async () => {
    const wb = await sandbox({ cardCount: 500 })
    const target = (await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 100 } })).cards[42]!
    const barcode = target.sizes.at(-1)!.skus[0]!
    for (const text of [String(target.nmID), barcode, target.vendorCode, ` ${target.vendorCode.toLowerCase()} `]) {
      const found = await listCards(wb.url, wb.token, { filter: { textSearch: text }, cursor: { limit: 10 } })
      expect(found.cards.map((card) => card.nmID), text).toEqual([target.nmID])
    }
    const missing = await listCards(wb.url, wb.token, { filter: { textSearch: 'SF-ПЛ-99999' }, cursor: { limit: 10 } })
    expect(missing.cards).toEqual([])
  })

  it('filters by photos, subjects, brands and imtID', async () => {
    const wb = await sandbox({ cardCount: 400 })
    const withPhoto = await listCards(wb.url, wb.token, { filter: { withPhoto: 1 }, cursor: { limit: 100 } })
    expect(withPhoto.cards.every((card) => card.photos.length > 0)).toBe(true)
    const withoutPhoto = await listCards(wb.url, wb.token, { filter: { withPhoto: 2 }, cursor: { limit: 100 } })
    expect(withoutPhoto.cards.length).toBeGreaterThan(0)
    expect(withoutPhoto.cards.every((card) => card.photos.length === 0)).toBe(true)

    const sample = withPhoto.cards[0]!
    const bySubject = await listCards(wb.url, wb.token, { filter: { objectIDs: [sample.subjectID], brands: [sample.brand] }, cursor: { limit: 100 } })
    expect(bySubject.cards.length).toBeGreaterThan(0)
    expect(bySubject.cards.every((card) => card.subjectID === sample.subjectID && card.brand === sample.brand)).toBe(true)
    const byImt = await listCards(wb.url, wb.token, { filter: { imtID: sample.imtID }, cursor: { limit: 100 } })
    expect(byImt.cards.map((card) => card.imtID)).toContain(sample.imtID)
    expect(new Set(byImt.cards.map((card) => card.imtID))).toEqual(new Set([sample.imtID]))
  })

  it('answers 400 with the content envelope for out-of-range values', async () => {
    const wb = await sandbox()
    const cases: unknown[] = [
      { settings: { cursor: { limit: 101 } } },
      { settings: { cursor: { limit: 0 } } },
      { settings: { cursor: { limit: 10 }, filter: { withPhoto: 3 } } },
      { settings: { cursor: { limit: 10, nmID: 12345 } } }
    ]
    for (const body of cases) {
      const response = await postCardsList(wb.url, wb.token, body)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const envelope = (await response.json()) as Record<string, unknown>
      expect(Object.keys(envelope).sort()).toEqual(['additionalErrors', 'data', 'error', 'errorText'])
      expect(envelope).toMatchObject({ data: null, error: true, errorText: expect.any(String), additionalErrors: expect.any(Object) })
    }
  })

  it('answers 400 in plain text when the body cannot be decoded', async () => {
    const wb = await sandbox()
    for (const body of ['{not json', '[]', JSON.stringify({ settings: { cursor: { limit: '10' } } }), JSON.stringify({ settings: { cursor: { limit: 10, updatedAt: 'yesterday' } } })]) {
      const response = await postCardsList(wb.url, wb.token, body)
      expect(response.status, body).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
      expect(await response.text()).toBe('Request body can not be decoded')
    }
  })

  it('answers 401 problem+json for missing, forged, expired and out-of-category tokens', async () => {
    const clock = manualClock()
    const wb = await sandbox({ now: clock.now })
    const forger = await sandbox({ tokenSecret: 'someone-else' })
    const tokens = [
      undefined,
      forger.token,
      wb.mintToken({ expiresAt: new Date(clock.now() - 1000) }),
      wb.mintToken({ categories: ['marketplace', 'statistics'] }),
      `Bearer ${wb.token}`
    ]
    for (const token of tokens) {
      const response = await postCardsList(wb.url, token, { settings: { cursor: { limit: 1 } } })
      expect(response.status).toBe(401)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const problem = (await response.json()) as Record<string, unknown>
      expect(Object.keys(problem).sort()).toEqual(problemKeys)
      expect(problem).toMatchObject({
        title: 'unauthorized',
        origin: 's2s-api-auth-content',
        status: 401,
        statusText: 'Unauthorized',
        timestamp: new Date(clock.now()).toISOString().replace('.000Z', 'Z')
      })
      expect(problem.requestId).toMatch(/^[0-9a-f]{32}$/)
    }
  })

  it('answers 429 with WB rate-limit headers past the burst, and serves again after X-Ratelimit-Retry', async () => {
    const clock = manualClock()
    const wb = await sandbox({ now: clock.now, rateLimits: true })
    const body = { settings: { cursor: { limit: 1 } } }
    const remaining: Array<string | null> = []
    for (let i = 0; i < 5; i++) {
      const response = await postCardsList(wb.url, wb.token, body)
      expect(response.status).toBe(200)
      remaining.push(response.headers.get('x-ratelimit-remaining'))
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0'])

    const limited = await postCardsList(wb.url, wb.token, body)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toBe('application/problem+json')
    expect(limited.headers.get('x-ratelimit-remaining')).toBeNull()
    expect([limited.headers.get('x-ratelimit-retry'), limited.headers.get('x-ratelimit-limit'), limited.headers.get('x-ratelimit-reset')])
      .toEqual(['1', '5', '3'])
    const problem = (await limited.json()) as Record<string, unknown>
    expect(Object.keys(problem).sort()).toEqual(problemKeys)
    expect(problem).toMatchObject({ title: 'too many requests', status: 429, statusText: 'Too Many Requests', detail: `limited by ${wb.sellerId}` })

    const otherSeller = wb.mintToken({ sellerId: '00000000-0000-4000-8000-000000000002' })
    expect((await postCardsList(wb.url, otherSeller, body)).status).toBe(200)

    clock.advance(Number(limited.headers.get('x-ratelimit-retry')) * 1000)
    expect((await postCardsList(wb.url, wb.token, body)).status).toBe(200)
    expect(wb.stats()).toEqual({
      requests: { 'POST /content/v2/get/cards/list': 8 },
      tooManyRequests: 1,
      tooManyRequestsByGroup: { content: 1 }
    })
  })

  it('takes custom limits', async () => {
    const wb = await sandbox({ now: manualClock().now, rateLimits: { perMinute: 10, burst: 2 } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await postCardsList(wb.url, wb.token, { settings: { cursor: { limit: 1 } } })).status)
    expect(statuses).toEqual([200, 200, 429])
  })

  it('shows touched cards again after the last saved cursor, with a new title', async () => {
    const clock = manualClock()
    const wb = await sandbox({ cardCount: 700, now: clock.now })
    const firstSync = (await walkCatalogue(wb.url, wb.token)).flatMap((page) => page.cards)
    const saved = firstSync.at(-1)!
    const before = new Map(firstSync.map((card) => [card.nmID, card]))

    const touched = wb.touchCards(7)
    expect(new Set(touched).size).toBe(7)
    const resumed = (await walkCatalogue(wb.url, wb.token, { updatedAt: saved.updatedAt, nmID: saved.nmID })).flatMap((page) => page.cards)
    expect(resumed.map((card) => card.nmID)).toEqual(touched)
    for (const card of resumed) {
      expect(card.title).not.toBe(before.get(card.nmID)!.title)
      expect(parseMicros(card.updatedAt)!).toBeGreaterThan(parseMicros(saved.updatedAt)!)
    }

    clock.advance(60_000)
    const again = wb.touchCards(3)
    const fullResync = (await walkCatalogue(wb.url, wb.token)).flatMap((page) => page.cards)
    expect(fullResync).toHaveLength(700)
    expect(new Set(fullResync.map((card) => card.nmID)).size).toBe(700)
    expect(isAscending(fullResync)).toBe(true)
    expect(fullResync.slice(-3).map((card) => card.nmID)).toEqual(again)

    const newestFirst = await listCards(wb.url, wb.token, { cursor: { limit: 3 } })
    expect(newestFirst.cards.map((card) => card.nmID)).toEqual([...again].reverse())
  })

  it('gives the same catalogue for the same seed', async () => {
    const first = await sandbox({ seed: 7, cardCount: 100 })
    const second = await sandbox({ seed: 7, cardCount: 100 })
    const other = await sandbox({ seed: 8, cardCount: 100 })
    const page = async (wb: WbSandbox) =>
      JSON.stringify(await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 100 } })).replaceAll(wb.url, 'BASE')
    expect(await page(first)).toBe(await page(second))
    expect(await page(other)).not.toBe(await page(first))
  })

  it('serves a million cards without building them up front', async () => {
    // Memory, not time, tells: a million cards built would take gigabytes of heap.
    const heapBefore = process.memoryUsage().heapUsed
    const wb = await sandbox({ cardCount: 1_000_000 })
    const first = await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 100 } })
    const newest = await listCards(wb.url, wb.token, { cursor: { limit: 100 } })
    const oldestOfNewest = newest.cards.at(-1)!
    const tail = await listCards(wb.url, wb.token, { sort: { ascending: true }, cursor: { limit: 100, updatedAt: oldestOfNewest.updatedAt, nmID: oldestOfNewest.nmID } })
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024)
    expect(first.cursor.total).toBe(100)
    expect(tail.cards.map((card) => card.nmID)).toEqual(newest.cards.slice(0, -1).reverse().map((card) => card.nmID))
  })
})

describe('other routes', () => {
  it('answers GET /ping like WB', async () => {
    const wb = await sandbox()
    const response = await fetch(`${wb.url}/ping`, { headers: { Authorization: wb.token } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ TS: expect.any(String), Status: 'OK' })
    expect((await fetch(`${wb.url}/ping`)).status).toBe(401)
  })

  it('serves each photo as a small SVG tile with the subject initials, cacheable forever', async () => {
    const wb = await sandbox({ cardCount: 50 })
    const card = (await listCards(wb.url, wb.token, { filter: { withPhoto: 1 }, cursor: { limit: 1 } })).cards[0]!
    for (const url of Object.values(card.photos[0]!)) {
      const response = await fetch(url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/svg+xml')
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/)
      const svg = await response.text()
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
      expect(svg).toMatch(/>[А-ЯЁ]{2}<\/text>/)
    }
    expect((await fetch(`${wb.url}/images/${card.nmID}/big/${card.photos.length + 1}.svg`)).status).toBe(404)
    expect((await fetch(`${wb.url}/images/${card.nmID}/huge/1.svg`)).status).toBe(404)
    expect(wb.stats().requests).toMatchObject({ 'GET /images': 6, unmatched: 1 })
  })

  it('serves a playlist for every card video', async () => {
    const wb = await sandbox({ cardCount: 300 })
    const cards = (await listCards(wb.url, wb.token, { cursor: { limit: 100 } })).cards
    const video = cards.find((card) => card.video !== undefined)?.video
    expect(video).toBeDefined()
    const response = await fetch(video!)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/^#EXTM3U/)
  })

  it('answers unknown routes and wrong methods with 404 JSON', async () => {
    const wb = await sandbox()
    for (const [method, path] of [['GET', '/content/v2/get/cards/list'], ['POST', '/content/v1/cards/cursor/list'], ['GET', '/']]) {
      const response = await fetch(`${wb.url}${path}`, { method, headers: { Authorization: wb.token } })
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({ title: 'not found', status: 404 })
    }
  })
})
