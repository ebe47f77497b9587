import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import type { CurrencyCode } from '../../../shared/domain/money'
import type { OrderTotals } from '../../../shared/domain/orders'
import type { Period } from '../../../shared/domain/period'
import type { SaleTotals } from '../../../shared/domain/sales'
import type { Drizzle } from '../open'
import { dayRange, inList, ofMarketplaces, whereAll } from './filters'

// A list's totals add up the day totals the triggers keep (a few hundred rows for all time) whenever its filter
// cuts along what they are kept by: cabinet, marketplace and day. A search or a warehouse filter needs the rows.

/** What the day totals are kept by. Their days are the marketplaces' local days, which for WB are Moscow's. */
export interface DayTotalsFilter {
  accountIds?: string[] | undefined
  marketplaces?: Marketplace[] | undefined
  period?: Period | undefined
}

function dayTotalsWhere(filter: DayTotalsFilter): SQL {
  return whereAll([
    inList(sql`account_id`, filter.accountIds),
    ofMarketplaces(sql`account_id`, filter.marketplaces),
    ...dayRange(sql`local_day`, filter.period)
  ])
}

/** One currency's orders before any status filter: how many, how many cancelled, what buyers paid for the rest. */
interface OrderSums {
  currency: CurrencyCode
  orders: number
  cancelled: number
  buyerKopecks: number
}

export function orderSumsOfDays(db: Drizzle, filter: DayTotalsFilter): OrderSums[] {
  return db.all<OrderSums>(sql`
    SELECT currency, SUM(orders) AS orders, SUM(cancelled) AS cancelled, SUM(buyer_price_kopecks) AS buyerKopecks
    FROM order_day_totals WHERE ${dayTotalsWhere(filter)} GROUP BY currency`)
}

/** `where` over `orders o`, without a status filter. */
export function orderSumsOfRows(db: Drizzle, where: SQL): OrderSums[] {
  return db.all<OrderSums>(sql`
    SELECT o.currency AS currency, COUNT(*) AS orders, SUM(o.status = 'cancelled') AS cancelled,
           COALESCE(SUM(CASE WHEN o.status <> 'cancelled' THEN o.buyer_price_kopecks END), 0) AS buyerKopecks
    FROM orders o WHERE ${where} GROUP BY o.currency`)
}

/** Of one currency's orders, those the status filter lists, those of them cancelled, those whose price counts. */
const countsByStatus = {
  all: (s: OrderSums) => ({ count: s.orders, cancelled: s.cancelled, paid: s.orders - s.cancelled }),
  active: (s: OrderSums) => ({ count: s.orders - s.cancelled, cancelled: 0, paid: s.orders - s.cancelled }),
  cancelled: (s: OrderSums) => ({ count: s.cancelled, cancelled: s.cancelled, paid: 0 })
} as const

/** The status filter applied to the sums; the currency with the most orders comes first. */
export function orderTotalsOf(sums: readonly OrderSums[], status: keyof typeof countsByStatus): OrderTotals {
  const shown = sums
    .map((s) => ({ ...countsByStatus[status](s), currency: s.currency, buyerKopecks: s.buyerKopecks }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
  return {
    count: shown.reduce((sum, s) => sum + s.count, 0),
    cancelled: shown.reduce((sum, s) => sum + s.cancelled, 0),
    buyerPrice: shown.filter((s) => s.paid > 0).map((s) => ({ kopecks: s.buyerKopecks, currency: s.currency }))
  }
}

interface SaleSums {
  currency: CurrencyCode
  sales: number
  returns: number
  payoutKopecks: number
  buyerKopecks: number
}

/** Sales and returns together only: the day totals do not keep the money of each apart. */
export function saleSumsOfDays(db: Drizzle, filter: DayTotalsFilter): SaleSums[] {
  return db.all<SaleSums>(sql`
    SELECT currency, SUM(sales) AS sales, SUM(returns) AS returns, SUM(payout_kopecks) AS payoutKopecks,
           SUM(buyer_price_kopecks) AS buyerKopecks
    FROM sale_day_totals WHERE ${dayTotalsWhere(filter)} GROUP BY currency`)
}

/** `where` over `sales s`. */
export function saleSumsOfRows(db: Drizzle, where: SQL): SaleSums[] {
  return db.all<SaleSums>(sql`
    SELECT s.currency AS currency, SUM(s.kind = 'sale') AS sales, SUM(s.kind = 'return') AS returns,
           SUM(s.payout_kopecks) AS payoutKopecks, SUM(s.buyer_price_kopecks) AS buyerKopecks
    FROM sales s WHERE ${where} GROUP BY s.currency`)
}

export function saleTotalsOf(sums: readonly SaleSums[]): SaleTotals {
  const shown = sums
    .filter((s) => s.sales + s.returns > 0)
    .sort((a, b) => b.sales + b.returns - (a.sales + a.returns) || a.currency.localeCompare(b.currency))
  return {
    sales: shown.reduce((sum, s) => sum + s.sales, 0),
    returns: shown.reduce((sum, s) => sum + s.returns, 0),
    payout: shown.map((s) => ({ kopecks: s.payoutKopecks, currency: s.currency })),
    buyerPrice: shown.map((s) => ({ kopecks: s.buyerKopecks, currency: s.currency }))
  }
}
