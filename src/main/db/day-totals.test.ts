import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrationsDir, tempDataDir } from '../../test-support/temp'
import { ordersPageWrite } from '../providers/wildberries/orders-store'
import { salesPageWrite } from '../providers/wildberries/sales-store'
import type { WbStatisticsOrder, WbStatisticsSale } from '../providers/wildberries/statistics-types'
import { applyPageWrite } from '../sync/page-write'
import { openMirror, type Mirror } from './open'

const feed = { nmId: 1, totalPrice: 100, finishedPrice: 80.5, priceWithDisc: 90, lastChangeDate: '2026-11-20T00:00:00' }
const order = (srid: string, date: string, isCancel = false, finishedPrice = 80.5): WbStatisticsOrder => ({
  ...feed, srid, date, isCancel, finishedPrice, supplierArticle: `арт-${srid}`
})
const sale = (saleID: string, date: string, forPay: number): WbStatisticsSale => ({ ...feed, saleID, srid: 's', date, forPay })

/** The day totals as the rows themselves add up: what the triggers must keep equal at every step. */
function recomputed(sqlite: Database.Database) {
  return {
    orders: sqlite.prepare(`
      SELECT account_id, local_day, currency, COUNT(*) AS orders, SUM(status = 'cancelled') AS cancelled,
             SUM(CASE WHEN status = 'cancelled' THEN 0 ELSE buyer_price_kopecks END) AS buyer_price_kopecks
      FROM orders GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all(),
    sales: sqlite.prepare(`
      SELECT account_id, local_day, currency, SUM(kind = 'sale') AS sales, SUM(kind = 'return') AS returns,
             SUM(payout_kopecks) AS payout_kopecks, SUM(buyer_price_kopecks) AS buyer_price_kopecks
      FROM sales GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all()
  }
}

function kept(sqlite: Database.Database) {
  return {
    orders: sqlite.prepare('SELECT account_id, local_day, currency, orders, cancelled, buyer_price_kopecks FROM order_day_totals WHERE orders > 0 ORDER BY 1, 2, 3').all(),
    sales: sqlite.prepare('SELECT account_id, local_day, currency, sales, returns, payout_kopecks, buyer_price_kopecks FROM sale_day_totals WHERE sales + returns > 0 ORDER BY 1, 2, 3').all()
  }
}

describe('day totals and search indexes', () => {
  let mirror: Mirror
  let cleanup: () => void
  afterEach(() => {
    mirror.close()
    cleanup()
  })

  function open(): Database.Database {
    const temp = tempDataDir()
    cleanup = temp.cleanup
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    mirror.sqlite.prepare("INSERT INTO accounts (id, marketplace, name, created_at, updated_at) VALUES ('a', 'wildberries', 'A', 'x', 'x')").run()
    return mirror.sqlite
  }

  it('follow inserts, re-syncs that cancel or move an order, and deletes', () => {
    const sqlite = open()
    applyPageWrite(sqlite, ordersPageWrite('a', [order('1', '2026-11-20T10:00:00'), order('2', '2026-11-20T23:30:00'), order('3', '2026-11-21T01:00:00')], 's1'))
    applyPageWrite(sqlite, salesPageWrite('a', [sale('S1', '2026-11-21T10:00:00', 70), sale('R1', '2026-11-21T11:00:00', -70)], 's1'))
    expect(kept(sqlite)).toEqual(recomputed(sqlite))
    expect(kept(sqlite).orders).toEqual([
      { account_id: 'a', local_day: '2026-11-20', currency: 'RUB', orders: 2, cancelled: 0, buyer_price_kopecks: 16100 },
      { account_id: 'a', local_day: '2026-11-21', currency: 'RUB', orders: 1, cancelled: 0, buyer_price_kopecks: 8050 }
    ])

    // Order 2 is cancelled, order 3 re-priced and moved to the next day, order 1 comes again unchanged.
    applyPageWrite(sqlite, ordersPageWrite('a', [order('1', '2026-11-20T10:00:00'), order('2', '2026-11-20T23:30:00', true), order('3', '2026-11-22T01:00:00', false, 10)], 's2'))
    expect(kept(sqlite)).toEqual(recomputed(sqlite))
    expect(kept(sqlite).orders).toEqual([
      { account_id: 'a', local_day: '2026-11-20', currency: 'RUB', orders: 2, cancelled: 1, buyer_price_kopecks: 8050 },
      { account_id: 'a', local_day: '2026-11-22', currency: 'RUB', orders: 1, cancelled: 0, buyer_price_kopecks: 1000 }
    ])

    sqlite.prepare("DELETE FROM orders WHERE external_id = '1'").run()
    sqlite.prepare("DELETE FROM sales WHERE external_id = 'R1'").run()
    expect(kept(sqlite)).toEqual(recomputed(sqlite))
    expect(kept(sqlite).sales).toEqual([{ account_id: 'a', local_day: '2026-11-21', currency: 'RUB', sales: 1, returns: 0, payout_kopecks: 7000, buyer_price_kopecks: 8050 }])
  })

  it('keep the search indexes in step with the rows they index', () => {
    const sqlite = open()
    applyPageWrite(sqlite, ordersPageWrite('a', [order('1', '2026-11-20T10:00:00'), order('2', '2026-11-20T11:00:00')], 's1'))
    applyPageWrite(sqlite, ordersPageWrite('a', [{ ...order('1', '2026-11-20T10:00:00'), supplierArticle: 'новый' }], 's2'))
    sqlite.prepare("DELETE FROM orders WHERE external_id = '2'").run()
    const found = (text: string) => sqlite.prepare('SELECT rowid FROM orders_search WHERE search_text LIKE ?').pluck().all(`%${text}%`).length
    expect([found('нов'), found('арт-1'), found('арт-2')]).toEqual([1, 0, 0])
    expect(() => sqlite.prepare("INSERT INTO orders_search (orders_search, rank) VALUES ('integrity-check', 1)").run()).not.toThrow()
  })
})
