import { afterEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../sandbox/ozon/test-helpers'
import { startOzonTestBench, type OzonTestBench } from '../../../test-support/ozon-test-bench'
import { sqliteMirrorAccess } from '../../sync/mirror-access'
import { ozonPackaging } from './fbs-packaging'

interface PostingRow {
  postingNumber: string
  status: string
  marketplaceStatus: string
  lines: number
  units: number
}

describe('Ozon FBS packaging against the sandbox', () => {
  let bench: OzonTestBench
  afterEach(async () => bench?.close())

  const signal = () => AbortSignal.timeout(60_000)
  const mirror = () => sqliteMirrorAccess(bench.mirror.sqlite)
  const postings = (ozonStatus: string) =>
    bench.rows<PostingRow>(
      `SELECT d.posting_number AS postingNumber, MIN(o.status) AS status, MIN(o.marketplace_status) AS marketplaceStatus,
              COUNT(*) AS lines, SUM(o.quantity) AS units
       FROM orders o JOIN ozon_order_details d ON d.account_id = o.account_id AND d.external_id = o.external_id
       WHERE d.scheme = 'fbs' AND o.marketplace_status LIKE ? GROUP BY d.posting_number ORDER BY d.posting_number`,
      `${ozonStatus}%`
    )
  const linesOf = (postingNumber: string) =>
    bench.rows<{ external_id: string; quantity: number; status: string; marketplace_status: string }>(
      'SELECT external_id, quantity, status, marketplace_status FROM orders WHERE order_number = ? ORDER BY external_id',
      postingNumber
    )
  const shipRequests = () => bench.requests.filter((r) => r.path === '/v4/posting/fbs/ship')

  /** A synced cabinet; `fresh` postings awaiting packaging are added just before, which the sync's period takes in. */
  async function syncedBench(fresh = 0) {
    const clock = manualClock(Date.now())
    bench = await startOzonTestBench({ sandbox: { products: 150, postings: 1000, now: clock.now }, now: clock.now() + 60_000 })
    if (fresh > 0) bench.sandbox.addNewPostings(fresh)
    await bench.sync(['products', 'orders'])
    return clock
  }

  it('packs each posting as one parcel; a posting Ozon refuses is reported and only the accepted one moves in the mirror', async () => {
    await syncedBench()
    const toPack = postings('awaiting_packaging')[0]!
    const packed = postings('awaiting_deliver')[0]!
    const result = await ozonPackaging.pack(bench.deps, mirror(), [{ postingNumber: toPack.postingNumber }, { postingNumber: packed.postingNumber }], signal())

    expect(result.packed).toEqual([{ postingNumber: toPack.postingNumber, resulting: [toPack.postingNumber] }])
    expect(result.failed).toEqual([
      expect.objectContaining({ postingNumber: packed.postingNumber, code: 'upstream_error', reason: expect.stringMatching(/^Ozon отказал: POSTING_NOT_AWAITING_PACKAGING/) })
    ])
    const sent = shipRequests().map((r) => r.json as { posting_number: string; packages: Array<{ products: Array<{ product_id: number; quantity: number }> }> })
    expect(sent.map((s) => s.posting_number)).toEqual([toPack.postingNumber, packed.postingNumber])
    expect(sent[0]!.packages).toHaveLength(1)
    expect(sent[0]!.packages[0]!.products.reduce((n, p) => n + p.quantity, 0)).toBe(toPack.units)
    expect(linesOf(toPack.postingNumber).every((l) => l.status === 'in_assembly' && l.marketplace_status === 'awaiting_deliver')).toBe(true)
    expect(linesOf(packed.postingNumber).map((l) => l.marketplace_status)).toEqual(linesOf(packed.postingNumber).map(() => packed.marketplaceStatus))
  })

  it('refuses, without asking Ozon, postings the mirror does not hold', async () => {
    await syncedBench()
    const result = await ozonPackaging.pack(bench.deps, mirror(), [{ postingNumber: '0000-0000-1' }], signal())
    expect(result).toEqual({ packed: [], failed: [expect.objectContaining({ postingNumber: '0000-0000-1', code: 'not_found' })] })
    expect(shipRequests()).toHaveLength(0)
  })

  it('splits a posting into the packages asked for and records the postings Ozon made of it', async () => {
    await syncedBench()
    const posting = postings('awaiting_packaging').find((p) => p.units >= 2)!
    const lines = linesOf(posting.postingNumber)
    // The first unit in one parcel, the rest in another.
    const [first, ...rest] = lines
    const packages = [
      [{ lineId: first!.external_id, quantity: 1 }],
      [...(first!.quantity > 1 ? [{ lineId: first!.external_id, quantity: first!.quantity - 1 }] : []), ...rest.map((l) => ({ lineId: l.external_id, quantity: l.quantity }))]
    ]
    const result = await ozonPackaging.pack(bench.deps, mirror(), [{ postingNumber: posting.postingNumber, packages }], signal())

    expect(result.failed).toEqual([])
    const resulting = result.packed[0]!.resulting
    expect(resulting).toHaveLength(2)
    expect(resulting[0]).toBe(posting.postingNumber)
    const recorded = resulting.flatMap(linesOf)
    expect(recorded.every((l) => l.status === 'in_assembly')).toBe(true)
    expect(recorded.reduce((n, l) => n + l.quantity, 0)).toBe(posting.units)
    expect(linesOf(resulting[0]!).map((l) => l.quantity)).toEqual([1])
    expect(bench.count('ozon_order_details')).toBe(bench.count('orders'))
  })

  it('refuses packages that leave units of the posting out', async () => {
    await syncedBench()
    const posting = postings('awaiting_packaging').find((p) => p.units >= 2)!
    const [line] = linesOf(posting.postingNumber)
    const result = await ozonPackaging.pack(bench.deps, mirror(), [{ postingNumber: posting.postingNumber, packages: [[{ lineId: line!.external_id, quantity: 1 }]] }], signal())
    expect(result.failed).toEqual([expect.objectContaining({ code: 'invalid_input', reason: expect.stringContaining('все единицы') })])
    expect(shipRequests()).toHaveLength(0)
  })

  it('tells a label that is not ready yet in Russian, and returns the PDF once Ozon has made it', async () => {
    const clock = await syncedBench()
    const posting = postings('awaiting_packaging')[0]!
    await ozonPackaging.pack(bench.deps, mirror(), [{ postingNumber: posting.postingNumber }], signal())

    const early = await ozonPackaging.labels(bench.deps, mirror(), [posting.postingNumber], signal())
    expect(early.files).toEqual([])
    expect(early.failed).toEqual([expect.objectContaining({ postingNumber: posting.postingNumber, reason: expect.stringContaining('Ozon ещё готовит этикетку') })])

    clock.advance(60_000)
    const ready = await ozonPackaging.labels(bench.deps, mirror(), [posting.postingNumber], signal())
    expect(ready.failed).toEqual([])
    expect(ready.files).toHaveLength(1)
    expect(Buffer.from(ready.files[0]!.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(ready.files[0]!.postingNumbers).toEqual([posting.postingNumber])
  })

  it('prints up to 20 labels a request, one file for the postings Ozon prints when it refuses some', async () => {
    const clock = await syncedBench(25)
    const fresh = postings('awaiting_packaging').slice(0, 22).map((p) => p.postingNumber)
    const packing = await ozonPackaging.pack(bench.deps, mirror(), fresh.map((postingNumber) => ({ postingNumber })), signal())
    expect(packing.failed).toEqual([])
    clock.advance(60_000)
    const awaiting = fresh
    const refused = postings('delivered')[0]!.postingNumber
    const asked = [...awaiting.slice(0, 3), refused, ...awaiting.slice(3)]
    const result = await ozonPackaging.labels(bench.deps, mirror(), asked, signal())

    expect(result.failed).toEqual([expect.objectContaining({ postingNumber: refused, reason: expect.stringContaining('POSTING_NOT_AWAITING_DELIVER') })])
    expect(result.files.map((f) => f.postingNumbers)).toEqual([awaiting.slice(0, 19), awaiting.slice(19)])
    const sizes = bench.requests.filter((r) => r.path === '/v2/posting/fbs/package-label').map((r) => (r.json as { posting_number: string[] }).posting_number.length)
    // The first 20 refused, each alone (20), the 19 printable together, then the last 3.
    expect(sizes).toEqual([20, ...Array.from({ length: 20 }, () => 1), 19, 3])
  })

  it('refreshes the postings awaiting packaging or hand-over into the rows a sync writes, page by page', async () => {
    await syncedBench(3)
    const awaiting = [...postings('awaiting_packaging'), ...postings('awaiting_deliver')].map((p) => p.postingNumber)
    const withoutSyncTime = (numbers: readonly string[]) =>
      bench.rows<Record<string, unknown>>(
        `SELECT o.*, d.* FROM orders o JOIN ozon_order_details d ON d.account_id = o.account_id AND d.external_id = o.external_id
         WHERE o.order_number IN (${numbers.map(() => '?').join(', ')}) ORDER BY o.external_id`,
        ...numbers
      ).map(({ synced_at: _syncedAt, ...row }) => row)
    const synced = withoutSyncTime(awaiting)
    bench.mirror.sqlite.prepare('DELETE FROM orders').run()
    bench.mirror.sqlite.prepare('DELETE FROM ozon_order_details').run()
    // More than one page of 100.
    const added = bench.sandbox.addNewPostings(120)

    const result = await ozonPackaging.refresh!(bench.deps, mirror(), signal())

    const refreshed = postings('awaiting')
    expect(refreshed.every((p) => p.status === 'placed' || p.status === 'in_assembly')).toBe(true)
    expect(result.postings).toBe(refreshed.length)
    expect(refreshed.map((p) => p.postingNumber)).toEqual(expect.arrayContaining([...awaiting, ...added]))
    expect(withoutSyncTime(awaiting)).toEqual(synced)
    const asked = bench.requests.filter((r) => r.path === '/v4/posting/fbs/unfulfilled/list').map((r) => r.json as Record<string, unknown>)
    expect(asked.length).toBeGreaterThanOrEqual(2)
    expect(asked[0]).toMatchObject({ limit: 100, cursor: '', filter: { statuses: ['awaiting_packaging', 'awaiting_deliver'], cutoff_from: expect.any(String), cutoff_to: expect.any(String) } })
    expect(new Set(asked.map((body) => body.cursor)).size).toBe(asked.length)
  })

  it('hands disputed postings over; one Ozon refuses is reported and stays as it was', async () => {
    await syncedBench()
    const disputed = ['not_accepted', 'arbitration', 'client_arbitration'].flatMap(postings).slice(0, 2).map((p) => p.postingNumber)
    const other = postings('awaiting_packaging')[0]!.postingNumber
    expect(disputed).toHaveLength(2)
    const result = await ozonPackaging.handOver(bench.deps, mirror(), [...disputed, other], signal())

    expect(result.handedOver).toEqual(disputed)
    expect(result.failed).toEqual([expect.objectContaining({ postingNumber: other, reason: expect.stringContaining('POSTING_NOT_DISPUTED') })])
    for (const number of disputed) expect(linesOf(number).every((l) => l.marketplace_status === 'awaiting_deliver')).toBe(true)
    expect(linesOf(other).every((l) => l.status === 'placed')).toBe(true)
  })
})
