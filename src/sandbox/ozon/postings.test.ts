import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, ozonRequest, utcDateTime, walkPostings, wholeHistory, type PostingPage, type RpcStatus } from './test-helpers'

interface FbsPostingJson {
  posting_number: string
  order_id: number
  order_number: string
  status: string
  substatus: string
  in_process_at: string
  shipment_date: string
  delivering_date: string | null
  delivery_method: { warehouse_id: number; warehouse: string; id: number; tpl_provider_id: number }
  cancellation: { cancel_reason_id: number; cancellation_type: string }
  products: Array<{ sku: number; offer_id: string; name: string; quantity: number; price: { amount: string; currency: string } }>
  analytics_data: Record<string, unknown> | null
  financial_data: { products: Array<{ price: number; payout: number; commission: { amount: number }; quantity: number }> } | null
  barcodes: unknown
  legal_info: unknown
  tpl_integration_type: string
}

interface FboPostingJson {
  posting_number: string
  status: string
  created_at: string
  in_process_at: string
  products: Array<{ sku: number; offer_id: string; price: { amount: string } }>
  analytics_data: { warehouse_id: number; warehouse_name: string } | null
  financial_data: unknown
}

const clock = manualClock()
let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 300, postings: 1000, now: clock.now })
})
afterAll(() => oz.close())

const FBS = '/v4/posting/fbs/list'
const FBO = '/v3/posting/fbo/list'
const fbsStatuses = new Set(['awaiting registration', 'acceptance_in_progress', 'awaiting_approve', 'awaiting_packaging', 'awaiting_deliver',
  'arbitration', 'client_arbitration', 'delivering', 'driver_pickup', 'delivered', 'cancelled', 'not_accepted', 'sent_by_seller'])
const fboStatuses = new Set(['awaiting_packaging', 'awaiting_deliver', 'delivering', 'delivered', 'cancelled'])

const fbsAll = async (limit: number, extra: Record<string, unknown> = {}) =>
  (await walkPostings<FbsPostingJson>(oz, FBS, { filter: wholeHistory(clock.now()), limit, ...extra })).flatMap((page) => page.postings)

describe('/v4/posting/fbs/list', () => {
  it('pages with cursor to the end: the same postings whatever the page size, none twice, in in_process_at order', async () => {
    const small = await fbsAll(7)
    const large = await fbsAll(100)
    expect(small.map((posting) => posting.posting_number)).toEqual(large.map((posting) => posting.posting_number))
    expect(new Set(small.map((posting) => posting.posting_number)).size).toBe(600)
    const times = small.map((posting) => Date.parse(posting.in_process_at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const descending = await fbsAll(33, { sort_dir: 'desc' })
    expect(descending.map((posting) => posting.posting_number)).toEqual(small.map((posting) => posting.posting_number).reverse())
  })

  it('has_next is false on the last page, and a page past the end is empty with cursor ""', async () => {
    const pages = await walkPostings<FbsPostingJson>(oz, FBS, { filter: wholeHistory(clock.now()), limit: 100 })
    expect(pages.slice(0, -1).every((page) => page.has_next && page.postings.length === 100)).toBe(true)
    const last = pages.at(-1)!
    expect(last.has_next).toBe(false)
    const after = await ozonJson<PostingPage<FbsPostingJson>>(oz, FBS, { filter: wholeHistory(clock.now()), limit: 100, cursor: last.cursor })
    expect(after).toEqual({ cursor: '', has_next: false, postings: [] })
  })

  it('writes the v4 shapes: statuses from the documented list, UTC moments, prices as {amount, currency}', async () => {
    const postings = await fbsAll(100, { with: { analytics_data: true, financial_data: true, barcodes: true, legal_info: true } })
    for (const posting of postings) {
      expect(fbsStatuses.has(posting.status), posting.status).toBe(true)
      expect(posting.in_process_at).toMatch(utcDateTime)
      expect(posting.shipment_date).toMatch(utcDateTime)
      if (posting.delivering_date !== null) expect(posting.delivering_date).toMatch(utcDateTime)
      expect(posting.posting_number.startsWith(`${posting.order_number}-`)).toBe(true)
      for (const product of posting.products) {
        expect(product.price).toEqual({ amount: expect.stringMatching(/^\d+\.\d{4}$/) as unknown as string, currency: 'RUB' })
        expect(product.quantity).toBeGreaterThan(0)
      }
      expect(posting.analytics_data).not.toBeNull()
      expect(posting.barcodes).not.toBeNull()
      expect(posting.legal_info).not.toBeNull()
      const financial = posting.financial_data!
      expect(financial.products).toHaveLength(posting.products.length)
      for (const line of financial.products) {
        expect(typeof line.price).toBe('number')
        expect(line.payout).toBeCloseTo(line.price * line.quantity - line.commission.amount, 2)
      }
      if (posting.status === 'cancelled') expect(posting.cancellation.cancel_reason_id).toBeGreaterThan(0)
      else expect(posting.cancellation.cancel_reason_id).toBe(0)
    }
    const seen = new Set(postings.map((posting) => posting.status))
    for (const status of ['awaiting_packaging', 'awaiting_deliver', 'delivering', 'delivered', 'cancelled']) expect(seen.has(status), status).toBe(true)
    expect(postings.some((posting) => posting.tpl_integration_type === 'non_integrated')).toBe(true)
    const byOrder = new Map<number, number>()
    for (const posting of postings) byOrder.set(posting.order_id, (byOrder.get(posting.order_id) ?? 0) + 1)
    expect([...byOrder.values()].some((parts) => parts === 2)).toBe(true)
  })

  it('gives null for the with-blocks not asked for', async () => {
    const [posting] = (await ozonJson<PostingPage<FbsPostingJson>>(oz, FBS, { filter: wholeHistory(clock.now()), limit: 1 })).postings
    expect(posting).toMatchObject({ analytics_data: null, financial_data: null, barcodes: null, legal_info: null })
  })

  it('filters by status, warehouse, period and last status change', async () => {
    const all = await fbsAll(100)
    const some = all[10]!
    const byStatus = await fbsAll(100, { filter: { ...wholeHistory(clock.now()), statuses: ['awaiting_packaging', 'cancelled'] } })
    expect(byStatus.map((posting) => posting.posting_number)).toEqual(
      all.filter((posting) => posting.status === 'awaiting_packaging' || posting.status === 'cancelled').map((posting) => posting.posting_number))
    const warehouseId = some.delivery_method.warehouse_id
    const byWarehouse = await fbsAll(100, { filter: { ...wholeHistory(clock.now()), warehouse_ids: [String(warehouseId)] } })
    expect(byWarehouse.length).toBe(all.filter((posting) => posting.delivery_method.warehouse_id === warehouseId).length)
    const since = new Date(clock.now() - 10 * 86_400_000).toISOString()
    const recent = await fbsAll(100, { filter: { since, to: new Date(clock.now()).toISOString() } })
    expect(recent.length).toBe(all.filter((posting) => Date.parse(posting.in_process_at) >= Date.parse(since)).length)
    const changed = await fbsAll(100, { filter: { ...wholeHistory(clock.now()), last_changed_status_date: { from: new Date(clock.now() - 86_400_000).toISOString(), to: new Date(clock.now()).toISOString() } } })
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(all.length / 4)
    const byOrder = await fbsAll(100, { filter: { ...wholeHistory(clock.now()), order_numbers: [some.order_number] } })
    expect(byOrder.every((posting) => posting.order_number === some.order_number) && byOrder.length >= 1).toBe(true)
  })

  it('refuses a missing or too long period, a bad moment and a bad limit', async () => {
    const now = clock.now()
    const cases: Array<[unknown, RegExp | string]> = [
      [{ limit: 10 }, /Filter/],
      [{ filter: { to: new Date(now).toISOString() }, limit: 10 }, /Since/],
      [{ filter: { since: new Date(now - 86_400_000).toISOString() }, limit: 10 }, /To/],
      [{ filter: { since: new Date(now - 366 * 86_400_000).toISOString(), to: new Date(now).toISOString() }, limit: 10 }, 'PERIOD_IS_TOO_LONG'],
      [{ filter: { since: '2026-01-01', to: new Date(now).toISOString() }, limit: 10 }, /Timestamp/],
      [{ filter: { since: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() }, limit: 10 }, /To/],
      [{ filter: wholeHistory(now) }, /Limit/],
      [{ filter: wholeHistory(now), limit: 101 }, /Limit/],
      [{ filter: wholeHistory(now), limit: 10, cursor: 'bm9wZQ==' }, /cursor/],
      [{ filter: wholeHistory(now), limit: 10, sort_dir: 'SIDEWAYS' }, /sort_dir/]
    ]
    for (const [body, message] of cases) {
      const response = await ozonRequest(oz, FBS, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      const error = (await response.json()) as RpcStatus
      expect(error.code).toBe(3)
      expect(error.details).toEqual([])
      if (typeof message === 'string') expect(error.message).toBe(message)
      else expect(error.message).toMatch(message)
    }
  })

  it('a walk in progress sees new postings at its end, and none twice', async () => {
    const filter = { since: new Date(clock.now() - 3 * 86_400_000).toISOString(), to: new Date(clock.now() + 86_400_000).toISOString() }
    const first = await ozonJson<PostingPage<FbsPostingJson>>(oz, FBS, { filter, limit: 5 })
    clock.advance(60_000)
    const added = oz.addNewPostings(3)
    const rest = await walkPostings<FbsPostingJson>(oz, FBS, { filter, limit: 5, cursor: first.cursor })
    const numbers = [...first.postings, ...rest.flatMap((page) => page.postings)].map((posting) => posting.posting_number)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(numbers.slice(-3)).toEqual(added)
    const fresh = (await fbsAll(100, { filter: { ...wholeHistory(clock.now()), order_numbers: added.map((number) => number.slice(0, -2)) } }))
    expect(fresh.map((posting) => posting.status)).toEqual(['awaiting_packaging', 'awaiting_packaging', 'awaiting_packaging'])
  })
})

describe('/v3/posting/fbo/list', () => {
  it('pages with cursor to the end in created_at order, none twice, in the v3 shape', async () => {
    const pages = await walkPostings<FboPostingJson>(oz, FBO, { filter: wholeHistory(clock.now()), limit: 9, with: { analytics_data: true, financial_data: true } })
    const postings = pages.flatMap((page) => page.postings)
    expect(new Set(postings.map((posting) => posting.posting_number)).size).toBe(400)
    const times = postings.map((posting) => Date.parse(posting.created_at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    for (const posting of postings) {
      expect(fboStatuses.has(posting.status), posting.status).toBe(true)
      expect(posting.created_at).toMatch(utcDateTime)
      expect(Date.parse(posting.in_process_at)).toBeGreaterThanOrEqual(Date.parse(posting.created_at))
      expect(posting.analytics_data!.warehouse_name).toMatch(/_РФЦ/)
      for (const product of posting.products) expect(product.price.amount).toMatch(/^\d+\.\d{2}$/)
    }
    expect(new Set(postings.map((posting) => posting.status)).size).toBe(fboStatuses.size)
  })

  it('filters by status and posting number, and refuses a missing period or a bad limit', async () => {
    const all = (await walkPostings<FboPostingJson>(oz, FBO, { filter: wholeHistory(clock.now()), limit: 100 })).flatMap((page) => page.postings)
    const delivered = (await walkPostings<FboPostingJson>(oz, FBO, { filter: { ...wholeHistory(clock.now()), statuses: ['delivered'] }, limit: 100 })).flatMap((page) => page.postings)
    expect(delivered.length).toBe(all.filter((posting) => posting.status === 'delivered').length)
    const one = await ozonJson<PostingPage<FboPostingJson>>(oz, FBO, { filter: { ...wholeHistory(clock.now()), posting_numbers: [all[5]!.posting_number] }, limit: 10 })
    expect(one.postings.map((posting) => posting.posting_number)).toEqual([all[5]!.posting_number])
    expect(one.postings[0]!.analytics_data).toBeNull()
    for (const body of [{ limit: 10 }, { filter: wholeHistory(clock.now()), limit: 0 }, { filter: wholeHistory(clock.now()), limit: 1000 }]) {
      expect((await ozonRequest(oz, FBO, body)).status).toBe(400)
    }
    const tooLong = await ozonRequest(oz, FBO, { filter: { since: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, limit: 10 })
    expect(await tooLong.json()).toEqual({ code: 3, message: 'PERIOD_IS_TOO_LONG', details: [] })
  })
})
