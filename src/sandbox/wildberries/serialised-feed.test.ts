import { describe, expect, it } from 'vitest'
import { pageFrom, range, rowsJson } from './statistics-paging'
import { createWorld, serialiseWorld } from './world'

const text = (chunks: Iterable<string | Buffer>) => [...chunks].map((chunk) => chunk.toString()).join('')

describe('a world serialised ahead of time', () => {
  const world = createWorld({
    seed: 7, cardCount: 300, fbsOrderCount: 10, orderCount: 3000, saleCount: 2500, statisticsPageSize: 1000,
    baseUrl: 'http://127.0.0.1:1', now: () => Date.parse('2026-11-28T12:00:00Z')
  })
  const live = {
    orders: (start: number, end: number) => text(rowsJson(world.statistics.orders, range(start, end))),
    sales: (start: number, end: number) => text(rowsJson(world.statistics.sales, range(start, end)))
  }
  serialiseWorld(world)

  it('serves the same statistics pages, byte for byte, including the empty one', () => {
    for (const feed of ['orders', 'sales'] as const) {
      const source = world.statistics[feed]
      let dateFromMs = 0
      for (;;) {
        const page = pageFrom(source, dateFromMs, world.statisticsPageSize)
        expect(text(world.serialisedFeeds[feed]!.page(page.start, page.end))).toBe(live[feed](page.start, page.end))
        if (page.end === page.start) break
        dateFromMs = source.lastChangeMs(page.end - 1)
      }
    }
  })

  it('serves the same card pages as the cards themselves', () => {
    const query = { limit: 100, ascending: true, withPhoto: -1 as const }
    const page = world.cards.listJson(query)
    const cards = world.cards.list(query)
    expect(JSON.parse(Buffer.concat(page.parts).toString())).toEqual(JSON.parse(JSON.stringify(cards)))
    expect(page.last).toEqual({ updatedAt: cards.at(-1)!.updatedAt, nmID: cards.at(-1)!.nmID })
    world.cards.touch(3)
    expect(JSON.parse(Buffer.concat(world.cards.listJson({ ...query, limit: 300 }).parts).toString())).toEqual(
      JSON.parse(JSON.stringify(world.cards.list({ ...query, limit: 300 })))
    )
  })
})
