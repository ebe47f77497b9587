import type { AppCore } from '../src/test-support/app-core'

export interface QueryTiming {
  name: string
  /** The first run, on a cold statement cache. */
  firstMs: number
  /** Median of the repeats after it. */
  medianMs: number
  total: number
  /** The goal for this list at a million rows, where it set one. */
  goalMs: number | null
}

const REPEATS = 3
/** Issue 8's goals at 1,000,000 orders and 100,000 cards (Ozon's rows beside them), met by the median. */
export const ORDERS_FIRST_PAGE_GOAL_MS = 50
export const PRODUCT_SEARCH_GOAL_MS = 20
const PAGE_SIZE = 50
const DAY_MS = 24 * 60 * 60 * 1000
/** Moscow is UTC+3 all year; periods are Moscow days. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000

function moscowDay(epochMs: number): string {
  return new Date(epochMs + MOSCOW_OFFSET_MS).toISOString().slice(0, 10)
}

/** List calls a seller's screens make, through core.dispatch, over the mirror the ingest part filled. */
export async function measureQueries(app: AppCore, productSearch: string): Promise<QueryTiming[]> {
  const now = Date.now()
  const last30Days = { from: moscowDay(now - 30 * DAY_MS), to: moscowDay(now) }
  const byOrderedAt = { field: 'orderedAt', dir: 'desc' } as const
  const bySoldAt = { field: 'soldAt', dir: 'desc' } as const
  const queries: Array<{ name: string; goalMs?: number; run: () => Promise<{ total: number }> }> = [
    {
      name: 'orders.list, newest first, with totals',
      goalMs: ORDERS_FIRST_PAGE_GOAL_MS,
      run: () => app.call('orders.list', { status: 'all', sort: byOrderedAt, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: 'orders.list, newest first, last 30 days',
      goalMs: ORDERS_FIRST_PAGE_GOAL_MS,
      run: () => app.call('orders.list', { status: 'all', period: last30Days, sort: byOrderedAt, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: 'orders.list, newest first, Ozon only',
      goalMs: ORDERS_FIRST_PAGE_GOAL_MS,
      run: () => app.call('orders.list', { status: 'all', marketplaces: ['ozon'], sort: byOrderedAt, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: 'orders.list, by what the buyer paid',
      run: () =>
        app.call('orders.list', { status: 'all', sort: { field: 'buyerPrice', dir: 'desc' }, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: 'sales.list, newest first',
      run: () => app.call('sales.list', { kind: 'all', sort: bySoldAt, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: 'sales.list, newest first, last 30 days',
      run: () => app.call('sales.list', { kind: 'all', period: last30Days, sort: bySoldAt, page: 0, pageSize: PAGE_SIZE })
    },
    {
      name: `products.list, search "${productSearch}"`,
      goalMs: PRODUCT_SEARCH_GOAL_MS,
      run: () =>
        app.call('products.list', { search: productSearch, sort: { field: 'title', dir: 'asc' }, page: 0, pageSize: PAGE_SIZE })
    }
  ]
  const timings: QueryTiming[] = []
  for (const query of queries) {
    const durations: number[] = []
    let total = 0
    for (let run = 0; run <= REPEATS; run++) {
      const startedAt = performance.now()
      total = (await query.run()).total
      durations.push(performance.now() - startedAt)
    }
    const [firstMs = 0, ...repeats] = durations
    timings.push({ name: query.name, firstMs, medianMs: median(repeats), total, goalMs: query.goalMs ?? null })
  }
  return timings
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export function meetsGoal(timing: QueryTiming): boolean {
  return timing.goalMs === null || timing.medianMs <= timing.goalMs
}
