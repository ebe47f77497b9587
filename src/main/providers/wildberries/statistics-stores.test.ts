import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMirror, type Mirror } from '../../db/open'
import { migrationsDir, tempDataDir } from '../../../test-support/temp'
import { applyPageWrite } from '../../sync/page-write'
import { ordersPageWrite } from './orders-store'
import { salesPageWrite } from './sales-store'
import type { WbStatisticsOrder, WbStatisticsSale } from './statistics-types'

const feedRow = {
  date: '2026-11-20T12:34:56',
  lastChangeDate: '2026-11-21T08:00:00',
  nmId: 246423302,
  supplierArticle: 'SF-ПЖ-00007',
  barcode: '2044707077918',
  subject: 'Платья',
  brand: 'Северный ветер',
  discountPercent: 15,
  spp: 7,
  gNumber: '34343462218572569531',
  srid: '11.rf9ef11fce1684117b0nhj96222982382.3.0'
}

describe('statistics stores', () => {
  let temp: ReturnType<typeof tempDataDir>
  let mirror: Mirror
  beforeEach(() => {
    temp = tempDataDir()
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    mirror.sqlite.prepare("INSERT INTO accounts (id, marketplace, name, created_at, updated_at) VALUES ('a', 'wildberries', 'М', 'x', 'x')").run()
  })
  afterEach(() => {
    mirror.close()
    temp.cleanup()
  })

  it('writes roubles as integer kopecks, exactly', () => {
    const sale: WbStatisticsSale = {
      ...feedRow,
      saleID: 'R9993700024',
      totalPrice: -1234.56,
      finishedPrice: -0.29,
      priceWithDisc: -99.99,
      paymentSaleAmount: 93,
      forPay: -1284.01
    }
    applyPageWrite(mirror.sqlite, salesPageWrite('a', [sale], 'now'))
    expect(
      mirror.sqlite
        .prepare(
          `SELECT is_return, total_price_kopecks, finished_price_kopecks, price_with_disc_kopecks, payment_sale_amount_kopecks,
             for_pay_kopecks, typeof(for_pay_kopecks) AS type FROM wb_sales`
        )
        .get()
    ).toEqual({
      is_return: 1,
      total_price_kopecks: -123456,
      finished_price_kopecks: -29,
      price_with_disc_kopecks: -9999,
      payment_sale_amount_kopecks: 9300,
      for_pay_kopecks: -128401,
      type: 'integer'
    })
  })

  it('upserts an order seen twice and drops WB’s “not cancelled” date', () => {
    const order: WbStatisticsOrder = {
      ...feedRow,
      totalPrice: 1887,
      finishedPrice: 1145.5,
      priceWithDisc: 1547.07,
      isCancel: false,
      cancelDate: '0001-01-01T00:00:00'
    }
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [order], 'first'))
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [{ ...order, isCancel: true, cancelDate: '2026-11-22T09:00:00' }], 'second'))
    const rows = mirror.sqlite.prepare('SELECT is_cancel, cancel_date, finished_price_kopecks, search_text FROM wb_orders').all()
    expect(rows).toEqual([
      {
        is_cancel: 1,
        cancel_date: '2026-11-22T09:00:00',
        finished_price_kopecks: 114550,
        search_text: `sf-пж-00007 246423302 2044707077918 ${feedRow.srid} платья северный ветер`
      }
    ])
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [order], 'third'))
    expect(mirror.sqlite.prepare('SELECT cancel_date FROM wb_orders').get()).toEqual({ cancel_date: null })
  })
})
