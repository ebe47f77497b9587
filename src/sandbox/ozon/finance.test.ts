import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, walkPostings, wholeHistory, type RpcStatus } from './test-helpers'

const DAY = 86_400_000
const path = '/v3/finance/transaction/list'

interface Operation {
  operation_id: number
  operation_type: string
  operation_date: string
  type: string
  accruals_for_sale: number
  sale_commission: number
  amount: number
  posting: { posting_number: string; delivery_schema: string }
  items: Array<{ sku: number; name: string }>
  services: Array<{ name: string; price: number }>
}
interface Page {
  result: { operations: Operation[]; page_count: number; row_count: number }
}
interface Posting {
  posting_number: string
  status: string
  products: Array<{ sku: number; quantity: number }>
}

const clock = manualClock()
let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 200, postings: 600, now: clock.now })
})
afterAll(() => oz.close())

/** Every operation of the last 90 days, a 28-day window at a time. */
async function everyOperation(pageSize = 1000): Promise<Operation[]> {
  const operations: Operation[] = []
  const now = clock.now()
  for (let to = now; to > now - 90 * DAY; to -= 28 * DAY) {
    const date = { from: new Date(Math.max(now - 90 * DAY, to - 28 * DAY)).toISOString(), to: new Date(to).toISOString() }
    for (let page = 1; ; page++) {
      const answer = await ozonJson<Page>(oz, path, { filter: { date }, page, page_size: pageSize })
      operations.push(...answer.result.operations)
      if (page >= answer.result.page_count) break
    }
  }
  return operations
}

const kopecks = (value: number) => Math.round(value * 100)

describe('sandbox finance transactions', () => {
  it('books a delivery to the buyer for every delivered posting, naming its posting and every unit of its SKUs', async () => {
    const postings = [
      ...(await walkPostings<Posting>(oz, '/v4/posting/fbs/list', { filter: wholeHistory(clock.now()), limit: 100 })),
      ...(await walkPostings<Posting>(oz, '/v3/posting/fbo/list', { filter: wholeHistory(clock.now()), limit: 100 }))
    ].flatMap((page) => page.postings)
    const delivered = new Map(postings.filter((p) => p.status === 'delivered').map((p) => [p.posting_number, p]))
    const operations = await everyOperation()
    const sales = operations.filter((op) => op.operation_type === 'OperationAgentDeliveredToCustomer')
    expect(sales.length).toBeGreaterThan(0)
    expect(new Set(sales.map((op) => op.posting.posting_number))).toEqual(new Set(delivered.keys()))
    for (const op of sales) {
      const units = delivered.get(op.posting.posting_number)!.products.flatMap((p) => Array<number>(p.quantity).fill(p.sku))
      expect(op.items.map((item) => item.sku).sort()).toEqual(units.sort())
      expect(op.type).toBe('orders')
      expect(op.accruals_for_sale).toBeGreaterThan(0)
      expect(op.sale_commission).toBeLessThan(0)
    }
    const returns = operations.filter((op) => op.operation_type === 'ClientReturnAgentOperation')
    expect(returns.length).toBeGreaterThan(0)
    for (const op of returns) {
      expect(delivered.has(op.posting.posting_number)).toBe(true)
      expect(op.accruals_for_sale).toBeLessThan(0)
    }
    expect(operations.some((op) => op.type === 'services' && op.posting.posting_number === '')).toBe(true)
  })

  it('writes roubles with at most two decimals that add up to the amount, dates in UTC without an offset, unique ids', async () => {
    const operations = await everyOperation()
    for (const op of operations) {
      for (const value of [op.accruals_for_sale, op.sale_commission, op.amount, ...op.services.map((s) => s.price)]) {
        expect(Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6).toBe(true)
      }
      const parts = kopecks(op.accruals_for_sale) + kopecks(op.sale_commission) + op.services.reduce((sum, s) => sum + kopecks(s.price), 0)
      expect(parts).toBe(kopecks(op.amount))
      expect(op.operation_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    }
    const ids = operations.map((op) => op.operation_id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('pages by page and page_size over the same operations, page_count and row_count counting the whole period', async () => {
    const whole = await everyOperation()
    const paged = await everyOperation(50)
    expect(paged).toEqual(whole)
    const date = { from: new Date(clock.now() - 28 * DAY).toISOString(), to: new Date(clock.now()).toISOString() }
    const first = await ozonJson<Page>(oz, path, { filter: { date }, page: 1, page_size: 50 })
    expect(first.result.page_count).toBe(Math.ceil(first.result.row_count / 50))
    const past = await ozonJson<Page>(oz, path, { filter: { date }, page: first.result.page_count + 1, page_size: 50 })
    expect(past.result.operations).toEqual([])
  })

  it('filters by posting number and by transaction type', async () => {
    const sale = (await everyOperation()).find((op) => op.type === 'orders')!
    const byPosting = await ozonJson<Page>(oz, path, { filter: { posting_number: sale.posting.posting_number }, page: 1, page_size: 1000 })
    expect(byPosting.result.operations.every((op) => op.posting.posting_number === sale.posting.posting_number)).toBe(true)
    expect(byPosting.result.operations.map((op) => op.operation_id)).toContain(sale.operation_id)
    const date = { from: new Date(clock.now() - 28 * DAY).toISOString(), to: new Date(clock.now()).toISOString() }
    const services = await ozonJson<Page>(oz, path, { filter: { date, transaction_type: 'services' }, page: 1, page_size: 1000 })
    expect(services.result.operations.every((op) => op.type === 'services')).toBe(true)
  })

  it('refuses a period over a month, a missing page or filter, and a page_size over 1000 with rpcStatus 400', async () => {
    const now = clock.now()
    const long = { from: new Date(now - 32 * DAY).toISOString(), to: new Date(now).toISOString() }
    const date = { from: new Date(now - DAY).toISOString(), to: new Date(now).toISOString() }
    for (const body of [
      { filter: { date: long }, page: 1, page_size: 100 },
      { filter: { date }, page_size: 100 },
      { filter: { date }, page: 1, page_size: 1001 },
      { page: 1, page_size: 100 },
      { filter: { date: { from: 'вчера', to: date.to } }, page: 1, page_size: 100 }
    ]) {
      const error = await ozonJson<RpcStatus>(oz, path, body, 400)
      expect(error).toMatchObject({ code: 3, details: [] })
      expect(error.message).not.toBe('')
    }
  })

  it('is the same for the same seed and clock', async () => {
    const again = await startOzonSandbox({ rateLimits: false, products: 200, postings: 600, now: clock.now })
    try {
      const date = { from: new Date(clock.now() - 28 * DAY).toISOString(), to: new Date(clock.now()).toISOString() }
      const body = { filter: { date }, page: 1, page_size: 1000 }
      expect(await ozonJson<Page>(again, path, body)).toEqual(await ozonJson<Page>(oz, path, body))
    } finally {
      await again.close()
    }
  })
})
