import { afterEach, describe, expect, it } from 'vitest'
import { labelPdf, LABEL_DELAY_MS } from './fbs-writes'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, ozonRequest, type RpcStatus } from './test-helpers'

interface Posting {
  posting_number: string
  order_number: string
  status: string
  products: Array<{ sku: number; quantity: number }>
}
interface UnfulfilledPage {
  postings: Posting[]
  count: number
  cursor: string
  has_next: boolean
}
interface ShipAnswer {
  result: string[]
  additional_data: Array<{ posting_number: string; products: Array<{ sku: number; quantity: number; offer_id: string }> }>
}

describe('Ozon sandbox FBS writes', () => {
  let sandbox: OzonSandbox
  afterEach(async () => sandbox?.close())

  async function started() {
    const clock = manualClock(Date.UTC(2026, 6, 1, 9, 0, 0))
    sandbox = await startOzonSandbox({ rateLimits: false, products: 120, postings: 800, now: clock.now })
    return clock
  }
  const unfulfilled = (body: unknown) => ozonJson<UnfulfilledPage>(sandbox, '/v4/posting/fbs/unfulfilled/list', body)
  async function everyUnfulfilled(filter: unknown = {}): Promise<Posting[]> {
    const postings: Posting[] = []
    let cursor = ''
    for (;;) {
      const page = await unfulfilled({ filter, limit: 7, cursor })
      expect(page.count).toBe(page.postings.length)
      postings.push(...page.postings)
      if (!page.has_next) return postings
      cursor = page.cursor
    }
  }
  const awaitingPackaging = async () => everyUnfulfilled({ statuses: ['awaiting_packaging'] })
  async function rpcError(path: string, body: unknown, status = 400): Promise<RpcStatus> {
    const response = await ozonRequest(sandbox, path, body)
    expect(response.status).toBe(status)
    return (await response.json()) as RpcStatus
  }

  it('lists the postings not yet handed over, page by page, with count and cursor', async () => {
    await started()
    const all = await everyUnfulfilled()
    expect(all.length).toBeGreaterThan(7)
    const statuses = new Set(all.map((p) => p.status))
    expect(statuses).toContain('awaiting_packaging')
    expect(statuses).toContain('awaiting_deliver')
    expect([...statuses].every((s) => ['awaiting registration', 'acceptance_in_progress', 'awaiting_approve', 'awaiting_packaging', 'awaiting_deliver'].includes(s))).toBe(true)
    expect(new Set(all.map((p) => p.posting_number)).size).toBe(all.length)
    expect((await awaitingPackaging()).every((p) => p.status === 'awaiting_packaging')).toBe(true)
    expect((await rpcError('/v4/posting/fbs/unfulfilled/list', { limit: 101 })).message).toContain('PostingFbsUnfulfilledListRequest.Limit')
  })

  it('packs a posting into awaiting_deliver as one package, and refuses to pack it again', async () => {
    await started()
    const [posting] = await awaitingPackaging()
    const packages = [{ products: posting!.products.map((p) => ({ product_id: p.sku, quantity: p.quantity })) }]
    const answer = await ozonJson<ShipAnswer>(sandbox, '/v4/posting/fbs/ship', { posting_number: posting!.posting_number, packages, with: { additional_data: true } })
    expect(answer.result).toEqual([posting!.posting_number])
    expect(answer.additional_data[0]!.products.map((p) => [p.sku, p.quantity])).toEqual(posting!.products.map((p) => [p.sku, p.quantity]))
    const packed = (await everyUnfulfilled({ statuses: ['awaiting_deliver'] })).find((p) => p.posting_number === posting!.posting_number)
    expect(packed?.status).toBe('awaiting_deliver')

    const again = await rpcError('/v4/posting/fbs/ship', { posting_number: posting!.posting_number, packages })
    expect(again).toEqual({ code: 3, message: `POSTING_NOT_AWAITING_PACKAGING: ${posting!.posting_number} is awaiting_deliver`, details: [] })
  })

  it('splits a posting into further postings of its order, one per extra package', async () => {
    await started()
    const posting = (await awaitingPackaging()).find((p) => p.products.reduce((n, l) => n + l.quantity, 0) >= 2)!
    const [first, ...rest] = posting.products
    const packages = [
      { products: [{ product_id: first!.sku, quantity: 1 }] },
      { products: [...(first!.quantity > 1 ? [{ product_id: first!.sku, quantity: first!.quantity - 1 }] : []), ...rest.map((p) => ({ product_id: p.sku, quantity: p.quantity }))] }
    ]
    const answer = await ozonJson<ShipAnswer>(sandbox, '/v4/posting/fbs/ship', { posting_number: posting.posting_number, packages })
    expect(answer.result).toHaveLength(2)
    expect(answer.result[0]).toBe(posting.posting_number)
    expect(answer.result[1]).toMatch(new RegExp(`^${posting.order_number}-\\d+$`))
    expect(answer.additional_data).toEqual([])
    const listed = await everyUnfulfilled({ statuses: ['awaiting_deliver'] })
    expect(answer.result.every((n) => listed.some((p) => p.posting_number === n))).toBe(true)
  })

  it('refuses packages that leave units out or name another product, and a request without packages', async () => {
    await started()
    const posting = (await awaitingPackaging()).find((p) => p.products.reduce((n, l) => n + l.quantity, 0) >= 2)!
    const sku = posting.products[0]!.sku
    expect((await rpcError('/v4/posting/fbs/ship', { posting_number: posting.posting_number, packages: [{ products: [{ product_id: sku, quantity: 1 }] }] })).message).toBe('NOT_ALL_PRODUCTS_PACKED')
    expect((await rpcError('/v4/posting/fbs/ship', { posting_number: posting.posting_number, packages: [{ products: [{ product_id: 1, quantity: 1 }] }] })).message).toBe('PRODUCT_NOT_IN_POSTING: 1')
    expect((await rpcError('/v4/posting/fbs/ship', { posting_number: posting.posting_number })).message).toContain('FbsPostingShipV4Request.Packages')
    expect((await rpcError('/v4/posting/fbs/ship', { posting_number: '0-0-1', packages: [{ products: [{ product_id: sku, quantity: 1 }] }] }, 404)).code).toBe(5)
  })

  it('makes a label 45 seconds after packing, as a PDF; one unprintable posting fails the request', async () => {
    const clock = await started()
    const [posting] = await awaitingPackaging()
    await ozonJson(sandbox, '/v4/posting/fbs/ship', { posting_number: posting!.posting_number, packages: [{ products: posting!.products.map((p) => ({ product_id: p.sku, quantity: p.quantity })) }] })
    const label = { posting_number: [posting!.posting_number] }
    expect((await rpcError('/v2/posting/fbs/package-label', label)).message).toBe(`The next postings aren't ready: ${posting!.posting_number}`)

    clock.advance(LABEL_DELAY_MS)
    const response = await ozonRequest(sandbox, '/v2/posting/fbs/package-label', label)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const [unpacked] = await awaitingPackaging()
    expect((await rpcError('/v2/posting/fbs/package-label', { posting_number: [posting!.posting_number, unpacked!.posting_number] })).message).toContain('POSTING_NOT_AWAITING_DELIVER')
    const tooMany = Array.from({ length: 21 }, () => posting!.posting_number)
    expect((await rpcError('/v2/posting/fbs/package-label', { posting_number: tooMany })).message).toContain('no more than 20 item(s)')
  })

  it('passes disputed postings to awaiting_deliver, all or none', async () => {
    await started()
    const [packed] = await everyUnfulfilled({ statuses: ['awaiting_deliver'] })
    const refused = await rpcError('/v2/posting/fbs/awaiting-delivery', { posting_number: [packed!.posting_number] })
    expect(refused.message).toBe(`POSTING_NOT_DISPUTED: ${packed!.posting_number} is awaiting_deliver`)
    const tooMany = Array.from({ length: 101 }, () => packed!.posting_number)
    expect((await rpcError('/v2/posting/fbs/awaiting-delivery', { posting_number: tooMany })).message).toContain('no more than 100 item(s)')
    const disputed = await ozonJson<{ postings: Posting[] }>(sandbox, '/v4/posting/fbs/list', {
      filter: { since: '2026-04-01T00:00:00Z', to: '2026-07-01T09:00:00Z', statuses: ['not_accepted', 'arbitration', 'client_arbitration'] },
      limit: 100
    })
    const numbers = disputed.postings.slice(0, 3).map((p) => p.posting_number)
    expect(numbers.length).toBeGreaterThan(0)
    expect(await ozonJson(sandbox, '/v2/posting/fbs/awaiting-delivery', { posting_number: numbers })).toEqual({ result: true })
    const moved = await everyUnfulfilled({ statuses: ['awaiting_deliver'] })
    expect(numbers.every((n) => moved.some((p) => p.posting_number === n))).toBe(true)
  })
})

describe('labelPdf', () => {
  it('writes a cross-reference table whose offsets point at its objects', () => {
    const pdf = labelPdf(['12345678-0001-1', '12345678-0001-2'])
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1])
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref')
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    offsets.forEach((offset, k) => expect(pdf.slice(offset).startsWith(`${k + 1} 0 obj`)).toBe(true))
    expect(pdf).toContain('(12345678-0001-2) Tj')
  })
})
