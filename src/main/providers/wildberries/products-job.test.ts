import { afterEach, describe, expect, it } from 'vitest'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

const cardsListPath = '/content/v2/get/cards/list'

interface SentSize {
  chrtID: number
  techSize: string
  wbSize: string
  skus: string[]
}

interface SentCard {
  nmID: number
  sizes: SentSize[]
}

interface OfferRow {
  external_id: string
  marketplace: string
  product_external_id: string
  size: string
  marketplace_size: string
  barcodes: string
}

const offerOf = (nmID: number, s: SentSize): OfferRow => ({
  external_id: String(s.chrtID),
  marketplace: 'wildberries',
  product_external_id: String(nmID),
  size: s.techSize,
  marketplace_size: s.wbSize,
  barcodes: s.skus.join(' ')
})

const byChrtId = (a: OfferRow, b: OfferRow) => Number(a.external_id) - Number(b.external_id)

/** The cards WB sent this bench, latest answer last. */
function sentCards(bench: WbTestBench): SentCard[] {
  return bench.requests
    .filter((r) => r.path === cardsListPath && 'body' in r.outcome)
    .flatMap((r) => (r.outcome as { body: { cards: SentCard[] } }).body.cards)
}

/** The mirror's sizes (offers), in chrtID order. */
function offers(bench: WbTestBench): OfferRow[] {
  return bench
    .rows<OfferRow>('SELECT external_id, marketplace, product_external_id, size, marketplace_size, barcodes FROM offers')
    .sort(byChrtId)
}

describe('products sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('keeps every card’s sizes (chrtID → card, sizes, barcodes) with the cards', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 240 } })
    const runs = await bench.sync(['products'])
    expect(runs.get('products')).toMatchObject({ status: 'succeeded', rows: 240 })
    const cards = sentCards(bench)
    expect(cards).toHaveLength(240)
    const sent = cards.flatMap((card) => card.sizes.map((s) => offerOf(card.nmID, s))).sort(byChrtId)
    expect(sent.length).toBeGreaterThan(240)
    expect(offers(bench)).toEqual(sent)
    expect(bench.count('products')).toBe(240)
    expect(bench.count('wb_product_details')).toBe(240)
    // A card's barcodes are all its sizes' barcodes.
    const barcodes = new Map(bench.rows<{ external_id: string; barcodes: string }>('SELECT external_id, barcodes FROM products').map((r) => [r.external_id, r.barcodes]))
    for (const card of cards) expect(barcodes.get(String(card.nmID))).toBe(card.sizes.flatMap((s) => s.skus).join(' '))
  })

  it('replaces the sizes of changed cards and changes nothing else on a re-sync', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 120 } })
    await bench.sync(['products'])
    const before = offers(bench)
    const productsBefore = bench.rows('SELECT * FROM products ORDER BY external_id')
    const touched = bench.sandbox.touchCards(4)
    expect(touched).toHaveLength(4)
    const [dropping, giving, taking] = touched as [number, number, number]
    const sizesOf = (nmID: number) => before.filter((o) => o.product_external_id === String(nmID))
    expect(touched.every((nmID) => sizesOf(nmID).length > 0)).toBe(true)
    const droppedChrtId = Number(sizesOf(dropping)[0]!.external_id)
    const movedChrtId = Number(sizesOf(giving)[0]!.external_id)
    // A size of a card WB does not send again moves too: a page's upsert takes it from the card it was on.
    const adoptedFrom = before.find(
      (o) => !touched.includes(Number(o.product_external_id)) && sizesOf(Number(o.product_external_id)).length > 1
    )!.product_external_id
    const adoptedChrtId = Number(sizesOf(Number(adoptedFrom))[0]!.external_id)
    const lastChrtId = Math.max(...before.map((o) => Number(o.external_id)))

    // WB now sends the touched cards with other sizes: each renamed, given another barcode and a new size; one
    // card lost a size, another gave one to a third, which also took one from an untouched card (WB merges and
    // splits cards).
    const rewritten = new Map<number, SentSize[]>()
    const rewriteCard = (card: SentCard): SentCard => {
      if (!touched.includes(card.nmID)) return card
      const freshChrtId = lastChrtId + 1 + touched.indexOf(card.nmID)
      const sizes = [
        ...card.sizes
          .filter((s) => s.chrtID !== droppedChrtId && s.chrtID !== movedChrtId)
          .map((s) => ({ ...s, techSize: `${s.techSize}-new`, wbSize: `${s.wbSize}-new`, skus: [...s.skus, `99${s.chrtID}`] })),
        { chrtID: freshChrtId, techSize: 'XXL', wbSize: '56', skus: [`98${freshChrtId}`] },
        ...(card.nmID === taking
          ? [
              { chrtID: movedChrtId, techSize: 'M', wbSize: '46', skus: [`97${movedChrtId}`] },
              { chrtID: adoptedChrtId, techSize: 'L', wbSize: '48', skus: [`96${adoptedChrtId}`] }
            ]
          : [])
      ]
      rewritten.set(card.nmID, sizes)
      return { ...card, sizes }
    }
    bench.requests.length = 0
    bench.rewriteAnswers(
      (req) => new URL(req.url).pathname === cardsListPath,
      (body) => {
        const page = body as { cards: SentCard[] }
        return { ...page, cards: page.cards.map(rewriteCard) }
      }
    )

    expect((await bench.sync(['products'])).get('products')).toMatchObject({ status: 'succeeded', rows: 4 })
    expect([...rewritten.keys()].sort()).toEqual([...touched].sort())
    const after = offers(bench)
    // The touched cards hold exactly the sizes WB sent now…
    for (const nmID of touched) {
      expect(after.filter((o) => o.product_external_id === String(nmID))).toEqual(
        rewritten.get(nmID)!.map((s) => offerOf(nmID, s)).sort(byChrtId)
      )
    }
    expect(after.some((o) => o.external_id === String(droppedChrtId))).toBe(false)
    expect(after.filter((o) => o.external_id === String(movedChrtId)).map((o) => o.product_external_id)).toEqual([String(taking)])
    expect(after.filter((o) => o.external_id === String(adoptedChrtId)).map((o) => o.product_external_id)).toEqual([String(taking)])
    const touchedOffer = (o: { product_external_id: string }) => touched.includes(Number(o.product_external_id))
    const stale = before.filter(touchedOffer).filter((b) => after.some((o) => JSON.stringify(o) === JSON.stringify(b)))
    expect(stale).toEqual([])
    // …and the others kept theirs, as their cards kept everything else.
    const untouched = (o: OfferRow) => !touchedOffer(o) && o.external_id !== String(adoptedChrtId)
    expect(after.filter(untouched)).toEqual(before.filter(untouched))
    expect(after.filter(untouched).length).toBeGreaterThan(100)
    const barcodes = new Map(bench.rows<{ external_id: string; barcodes: string }>('SELECT external_id, barcodes FROM products').map((r) => [r.external_id, r.barcodes]))
    for (const nmID of touched) expect(barcodes.get(String(nmID))).toBe(rewritten.get(nmID)!.flatMap((s) => s.skus).join(' '))
    const others = (rows: unknown[]) => (rows as Array<{ external_id: string }>).filter((r) => !touched.includes(Number(r.external_id)))
    expect(others(bench.rows('SELECT * FROM products ORDER BY external_id'))).toEqual(others(productsBefore))
    expect(bench.count('products')).toBe(120)
  })
})
