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

  const rowsOf = (sql: string) => mirror.sqlite.prepare(sql).all()

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
      rowsOf(
        `SELECT kind, price_kopecks, buyer_price_kopecks, seller_price_kopecks, payout_kopecks, typeof(payout_kopecks) AS type,
           typeof(price_kopecks) AS price_type, currency FROM sales`
      )
    ).toEqual([
      {
        kind: 'return',
        price_kopecks: -123456,
        buyer_price_kopecks: -29,
        seller_price_kopecks: -9999,
        payout_kopecks: -128401,
        type: 'integer',
        price_type: 'integer',
        currency: 'RUB'
      }
    ])
    expect(rowsOf('SELECT external_id, payment_sale_amount_kopecks, typeof(payment_sale_amount_kopecks) AS type FROM wb_sale_details')).toEqual([
      { external_id: 'R9993700024', payment_sale_amount_kopecks: 9300, type: 'integer' }
    ])
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
    expect(rowsOf('SELECT status, cancelled_at FROM orders')).toEqual([{ status: 'placed', cancelled_at: null }])
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [{ ...order, isCancel: true, cancelDate: '2026-11-22T09:00:00' }], 'second'))
    expect(rowsOf('SELECT external_id, status, cancelled_at, buyer_price_kopecks, search_text, synced_at FROM orders')).toEqual([
      {
        external_id: feedRow.srid,
        status: 'cancelled',
        // 09:00 in Moscow.
        cancelled_at: '2026-11-22T06:00:00.000Z',
        buyer_price_kopecks: 114550,
        search_text: `sf-пж-00007 246423302 2044707077918 ${feedRow.srid} платья северный ветер`,
        synced_at: 'second'
      }
    ])
    expect(rowsOf('SELECT local_day, orders, cancelled, buyer_price_kopecks FROM order_day_totals')).toEqual([
      { local_day: '2026-11-20', orders: 1, cancelled: 1, buyer_price_kopecks: 0 }
    ])
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [order], 'third'))
    expect(rowsOf('SELECT status, cancelled_at FROM orders')).toEqual([{ status: 'placed', cancelled_at: null }])
    expect(rowsOf('SELECT count(*) AS n FROM wb_order_details')).toEqual([{ n: 1 }])
    expect(rowsOf('SELECT local_day, orders, cancelled, buyer_price_kopecks FROM order_day_totals')).toEqual([
      { local_day: '2026-11-20', orders: 1, cancelled: 0, buyer_price_kopecks: 114550 }
    ])
  })

  it('turns WB’s Moscow-time dates into UTC instants and Moscow days, and keeps WB’s own fields beside the rows', () => {
    // 01:30 in Moscow is still the previous day in UTC: the instant moves back three hours, the day stays Moscow's.
    const moscow = { date: '2026-11-20T01:30:00', lastChangeDate: '2026-11-21T02:15:30' }
    const order: WbStatisticsOrder = {
      ...feedRow,
      ...moscow,
      warehouseName: 'Коледино',
      warehouseType: 'Склад WB',
      regionName: 'Московская область',
      category: 'Одежда',
      techSize: '44',
      totalPrice: 1887,
      finishedPrice: 1145.5,
      priceWithDisc: 1547.07,
      isCancel: false,
      cancelDate: '0001-01-01T00:00:00',
      sticker: '926832058'
    }
    const sale: WbStatisticsSale = {
      ...feedRow,
      ...moscow,
      saleID: 'S9993700025',
      warehouseName: 'Коледино',
      techSize: '44',
      totalPrice: 1887,
      finishedPrice: 1145.5,
      priceWithDisc: 1547.07,
      paymentSaleAmount: 12.34,
      forPay: 1001.07
    }
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [order], 'now'))
    applyPageWrite(mirror.sqlite, salesPageWrite('a', [sale], 'now'))

    expect(
      rowsOf(
        `SELECT external_id, marketplace, order_number, ordered_at, local_day, updated_at, fulfilment, warehouse_name,
           region_name, product_external_id, vendor_code, barcode, category, brand, size, price_kopecks, discount_percent,
           marketplace_discount_percent, seller_price_kopecks, buyer_price_kopecks, currency FROM orders`
      )
    ).toEqual([
      {
        external_id: feedRow.srid,
        marketplace: 'wildberries',
        order_number: feedRow.gNumber,
        ordered_at: '2026-11-19T22:30:00.000Z',
        local_day: '2026-11-20',
        updated_at: '2026-11-20T23:15:30.000Z',
        fulfilment: 'marketplace',
        warehouse_name: 'Коледино',
        region_name: 'Московская область',
        product_external_id: '246423302',
        vendor_code: 'SF-ПЖ-00007',
        barcode: '2044707077918',
        // The neutral category is WB's subject; its top-level category stays in wb_order_details.
        category: 'Платья',
        brand: 'Северный ветер',
        size: '44',
        price_kopecks: 188700,
        discount_percent: 15,
        marketplace_discount_percent: 7,
        seller_price_kopecks: 154707,
        buyer_price_kopecks: 114550,
        currency: 'RUB'
      }
    ])
    expect(rowsOf('SELECT account_id, external_id, category, warehouse_type, sticker FROM wb_order_details')).toEqual([
      { account_id: 'a', external_id: feedRow.srid, category: 'Одежда', warehouse_type: 'Склад WB', sticker: '926832058' }
    ])
    expect(rowsOf('SELECT local_day FROM order_day_totals')).toEqual([{ local_day: '2026-11-20' }])

    expect(
      rowsOf(
        `SELECT external_id, order_external_id, order_number, kind, sold_at, local_day, updated_at, product_external_id,
           size, payout_kopecks, currency FROM sales`
      )
    ).toEqual([
      {
        external_id: 'S9993700025',
        order_external_id: feedRow.srid,
        order_number: feedRow.gNumber,
        kind: 'sale',
        sold_at: '2026-11-19T22:30:00.000Z',
        local_day: '2026-11-20',
        updated_at: '2026-11-20T23:15:30.000Z',
        product_external_id: '246423302',
        size: '44',
        payout_kopecks: 100107,
        currency: 'RUB'
      }
    ])
    expect(rowsOf('SELECT account_id, external_id, payment_sale_amount_kopecks FROM wb_sale_details')).toEqual([
      { account_id: 'a', external_id: 'S9993700025', payment_sale_amount_kopecks: 1234 }
    ])
    expect(rowsOf('SELECT local_day, sales, returns FROM sale_day_totals')).toEqual([{ local_day: '2026-11-20', sales: 1, returns: 0 }])
  })

  it('a seller-warehouse order is the seller’s to fulfil', () => {
    const order: WbStatisticsOrder = {
      ...feedRow,
      warehouseType: 'Склад продавца',
      totalPrice: 100,
      finishedPrice: 90,
      priceWithDisc: 95,
      isCancel: false
    }
    applyPageWrite(mirror.sqlite, ordersPageWrite('a', [order], 'now'))
    expect(rowsOf('SELECT fulfilment, ordered_at, local_day FROM orders')).toEqual([
      // 12:34:56 in Moscow.
      { fulfilment: 'seller', ordered_at: '2026-11-20T09:34:56.000Z', local_day: '2026-11-20' }
    ])
  })
})
