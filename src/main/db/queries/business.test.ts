import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrationsDir, tempDataDir } from '../../../test-support/temp'
import { openMirror, type Mirror } from '../open'
import { foldText } from '../search'
import { insertAccount } from './accounts'
import { listFbsOrders, listOrders, orderFilterOptions } from './orders'
import { listSales } from './sales'
import { listStocks, stockByWarehouse } from './stocks'
import { listFbsSupplies } from './supplies'

const A = '11111111-1111-4111-8111-111111111111'
const at = '2026-11-01T00:00:00.000Z'

function insert(mirror: Mirror, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row)
  mirror.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row)
}

function order(srid: string, date: string, finished: number, extra: Record<string, unknown> = {}) {
  return {
    account_id: A,
    srid,
    date,
    last_change_date: date,
    warehouse_name: 'Коледино',
    nm_id: 101,
    barcode: '4600000000017',
    total_price_kopecks: finished * 2,
    finished_price_kopecks: finished,
    price_with_disc_kopecks: finished,
    is_cancel: 0,
    search_text: foldText(`Платье ${srid} 4600000000017`),
    synced_at: at,
    ...extra
  }
}

function sale(saleId: string, date: string, forPay: number) {
  return {
    account_id: A,
    sale_id: saleId,
    srid: `srid-${saleId}`,
    date,
    last_change_date: date,
    nm_id: 101,
    is_return: saleId.startsWith('R') ? 1 : 0,
    total_price_kopecks: forPay,
    for_pay_kopecks: forPay,
    finished_price_kopecks: forPay,
    price_with_disc_kopecks: forPay,
    search_text: foldText(saleId),
    synced_at: at
  }
}

describe('business queries', () => {
  let mirror: Mirror
  let cleanup: () => void

  beforeEach(() => {
    const temp = tempDataDir()
    cleanup = temp.cleanup
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    insertAccount(mirror.db, {
      id: A,
      marketplace: 'wildberries',
      name: 'Кабинет',
      isDemo: false,
      tokenExpiresAt: null,
      tokenCategoriesJson: null,
      tokenKind: null,
      createdAt: at,
      updatedAt: at
    })
  })
  afterEach(() => {
    mirror.close()
    cleanup()
  })

  it('sums order money exactly in kopecks over a Moscow-time period, leaving out cancelled orders', () => {
    insert(mirror, 'wb_orders', order('a', '2026-11-01T00:00:00', 10_01))
    insert(mirror, 'wb_orders', order('b', '2026-11-07T23:59:59', 20_02))
    insert(mirror, 'wb_orders', order('c', '2026-11-08T00:00:00', 40_04))
    insert(mirror, 'wb_orders', order('d', '2026-11-05T12:00:00', 99_99, { is_cancel: 1 }))
    const page = listOrders(mirror.db, {
      period: { from: '2026-11-01', to: '2026-11-07' },
      status: 'all',
      sort: { field: 'date', dir: 'asc' },
      page: 0,
      pageSize: 50
    })
    expect(page.rows.map((r) => r.srid)).toEqual(['a', 'd', 'b'])
    expect(page.totals).toEqual({ count: 3, cancelled: 1, finishedPriceKopecks: 30_03 })
    expect(page.rows[1]?.isCancel).toBe(true)
    const cancelled = listOrders(mirror.db, { status: 'cancelled', sort: { field: 'date', dir: 'asc' }, page: 0, pageSize: 50 })
    expect(cancelled.rows.map((r) => r.srid)).toEqual(['d'])
    expect(orderFilterOptions(mirror.db, [A]).warehouseNames).toEqual(['Коледино'])
  })

  it('totals sales and returns for the period, returns subtracting', () => {
    insert(mirror, 'wb_sales', sale('S1', '2026-11-02T10:00:00', 1500_50))
    insert(mirror, 'wb_sales', sale('S2', '2026-11-03T10:00:00', 29))
    insert(mirror, 'wb_sales', sale('R1', '2026-11-04T10:00:00', -1500_50))
    const page = listSales(mirror.db, { kind: 'all', sort: { field: 'date', dir: 'desc' }, page: 0, pageSize: 50 })
    expect(page.totals).toEqual({ sales: 2, returns: 1, forPayKopecks: 29, finishedPriceKopecks: 29 })
    expect(page.rows.map((r) => [r.saleId, r.isReturn])).toEqual([
      ['R1', true],
      ['S2', false],
      ['S1', false]
    ])
    expect(listSales(mirror.db, { kind: 'returns', sort: { field: 'date', dir: 'desc' }, page: 0, pageSize: 50 }).total).toBe(1)
  })

  it('filters FBS orders by Moscow day, status and supply, and searches them', () => {
    const fbs = (orderId: number, createdAt: string, status: string, supplyId: string | null) => ({
      account_id: A,
      order_id: orderId,
      created_at: createdAt,
      warehouse_id: 7,
      nm_id: 101,
      chrt_id: 1001,
      article: 'SF-ПЛ-1',
      skus: '4600000000017',
      price_kopecks: 123_45,
      converted_price_kopecks: 123_45,
      currency_code: 643,
      converted_currency_code: 643,
      supply_id: supplyId,
      supplier_status: status,
      search_text: foldText(`SF-ПЛ-1 4600000000017 ${orderId}`),
      synced_at: at
    })
    // 2026-11-01 00:30 in Moscow is 2026-10-31 21:30 UTC.
    insert(mirror, 'wb_fbs_orders', fbs(1, '2026-10-31T21:30:00.000Z', 'new', null))
    insert(mirror, 'wb_fbs_orders', fbs(2, '2026-10-31T20:30:00.000Z', 'new', null))
    insert(mirror, 'wb_fbs_orders', fbs(3, '2026-11-01T10:00:00.000Z', 'confirm', 'WB-GI-1'))
    const query = { sort: { field: 'createdAt', dir: 'asc' }, page: 0, pageSize: 50 } as const
    expect(listFbsOrders(mirror.db, { ...query, period: { from: '2026-11-01' } }).rows.map((r) => r.orderId)).toEqual([1, 3])
    expect(listFbsOrders(mirror.db, { ...query, statuses: ['new'], withoutSupply: true }).total).toBe(2)
    expect(listFbsOrders(mirror.db, { ...query, search: 'SF-пл' }).total).toBe(3)
    insert(mirror, 'wb_fbs_supplies', { account_id: A, supply_id: 'WB-GI-1', name: 'Утро', created_at: at, done: 0, synced_at: at })
    expect(listFbsSupplies(mirror.db, { status: 'open', page: 0, pageSize: 10 }).rows).toMatchObject([{ supplyId: 'WB-GI-1', ordersCount: 1 }])
  })

  it('gives an FBS task its price in roubles and what the buyer paid in the sale currency, and sorts by roubles', () => {
    const task = (orderId: number, sale: { kopecks: number; currency: number }, roubleKopecks: number) => ({
      account_id: A,
      order_id: orderId,
      created_at: '2026-11-01T10:00:00.000Z',
      warehouse_id: 7,
      nm_id: 101,
      chrt_id: 1001,
      article: 'SF-ПЛ-1',
      skus: '4600000000017',
      price_kopecks: sale.kopecks,
      converted_price_kopecks: roubleKopecks,
      currency_code: sale.currency,
      converted_currency_code: 643,
      supplier_status: 'new',
      search_text: '',
      synced_at: at
    })
    // 10,14 BYN is about 300 ₽: shown as roubles it would read 10,14 ₽ and sort below a 50 ₽ task.
    insert(mirror, 'wb_fbs_orders', task(1, { kopecks: 10_14, currency: 933 }, 301_20))
    insert(mirror, 'wb_fbs_orders', task(2, { kopecks: 50_00, currency: 643 }, 50_00))
    const rows = listFbsOrders(mirror.db, { sort: { field: 'price', dir: 'desc' }, page: 0, pageSize: 10 }).rows
    expect(rows.map((r) => [r.orderId, r.price, r.salePrice])).toEqual([
      [1, { kopecks: 301_20, currency: 'RUB' }, { kopecks: 10_14, currency: 'BYN' }],
      [2, { kopecks: 50_00, currency: 'RUB' }, { kopecks: 50_00, currency: 'RUB' }]
    ])
  })

  it('puts FBS and FBW stock of each size side by side and flags low stock', () => {
    insert(mirror, 'wb_products', {
      account_id: A,
      nm_id: 101,
      imt_id: 1,
      subject_id: 1,
      subject_name: 'Платья',
      vendor_code: 'SF-1',
      brand: 'Б',
      title: 'Платье',
      description: '',
      photos_json: '[]',
      characteristics_json: '[]',
      sizes_json: '[]',
      barcodes: '',
      search_text: 'платье sf-1',
      title_key: 'платье',
      wb_created_at: at,
      wb_updated_at: at,
      synced_at: at
    })
    for (const [chrt, size] of [
      [1001, '42'],
      [1002, '44']
    ] as const) {
      insert(mirror, 'wb_product_sizes', { account_id: A, chrt_id: chrt, nm_id: 101, tech_size: size, wb_size: size, barcodes: `46000${chrt}` })
    }
    insert(mirror, 'wb_warehouses', { account_id: A, kind: 'seller', warehouse_id: 7, name: 'Склад Подольск', synced_at: at })
    insert(mirror, 'wb_fbs_stocks', { account_id: A, warehouse_id: 7, chrt_id: 1001, amount: 3, synced_at: at })
    insert(mirror, 'wb_wb_stocks', { account_id: A, warehouse_id: 507, chrt_id: 1001, nm_id: 101, warehouse_name: 'Коледино', quantity: 40, in_way_to_client: 2, synced_at: at })
    insert(mirror, 'wb_fbs_stocks', { account_id: A, warehouse_id: 7, chrt_id: 1002, amount: 2, synced_at: at })

    const page = listStocks(mirror.db, { lowThreshold: 5, sort: { field: 'total', dir: 'asc' }, page: 0, pageSize: 50 })
    expect(page.rows.map((r) => [r.techSize, r.fbs, r.fbw, r.total, r.low])).toEqual([
      ['44', 2, 0, 2, true],
      ['42', 3, 40, 43, false]
    ])
    expect(page.totals).toEqual({ fbs: 5, fbw: 40, inWayToClient: 2, inWayFromClient: 0, lowRows: 1 })
    const lowOnly = listStocks(mirror.db, { lowOnly: true, lowThreshold: 5, sort: { field: 'total', dir: 'asc' }, page: 0, pageSize: 50 })
    expect(lowOnly.rows.map((r) => r.chrtId)).toEqual([1002])
    const onWb = listStocks(mirror.db, { warehouse: { kind: 'wb', warehouseId: 507 }, lowThreshold: 5, sort: { field: 'total', dir: 'asc' }, page: 0, pageSize: 50 })
    expect(onWb.rows.map((r) => [r.chrtId, r.fbs, r.fbw])).toEqual([[1001, 0, 40]])
    expect(stockByWarehouse(mirror.db, A, 1001)).toEqual([
      { kind: 'wb', warehouseId: 507, name: 'Коледино', amount: 40, inWayToClient: 2, inWayFromClient: 0 },
      { kind: 'seller', warehouseId: 7, name: 'Склад Подольск', amount: 3, inWayToClient: 0, inWayFromClient: 0 }
    ])
  })
})
