import { drizzle } from 'drizzle-orm/better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrationsDir, tempDataDir } from '../../../test-support/temp'
import { openMirror, type Mirror } from '../open'
import * as schema from '../schema'
import { foldText } from '../search'
import { insertAccount } from './accounts'
import { getOrder, listFbsOrders, listOrders, orderFilterOptions } from './orders'
import { listSales } from './sales'
import { listStocks, stockByWarehouse, stockWarehouses } from './stocks'
import { listFbsSupplies } from './supplies'

const A = '11111111-1111-4111-8111-111111111111'
const OZON = '22222222-2222-4222-8222-222222222222'
const at = '2026-11-01T00:00:00.000Z'

function insert(mirror: Mirror, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row)
  mirror.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row)
}

/** WB's local day is Moscow's, UTC+3 all year. */
const moscowDay = (instant: string) => new Date(Date.parse(instant) + 3 * 3600_000).toISOString().slice(0, 10)

function order(id: string, orderedAt: string, buyerKopecks: number, extra: Record<string, unknown> = {}) {
  return {
    account_id: A,
    external_id: id,
    marketplace: 'wildberries',
    order_number: `g-${id}`,
    ordered_at: orderedAt,
    local_day: moscowDay(orderedAt),
    updated_at: orderedAt,
    status: 'placed',
    fulfilment: 'marketplace',
    warehouse_name: 'Коледино',
    product_external_id: '101',
    barcode: '4600000000017',
    price_kopecks: buyerKopecks * 2,
    seller_price_kopecks: buyerKopecks + 1,
    buyer_price_kopecks: buyerKopecks,
    currency: 'RUB',
    search_text: foldText(`Платье ${id} 4600000000017`),
    synced_at: at,
    ...extra
  }
}

function sale(id: string, soldAt: string, payoutKopecks: number, extra: Record<string, unknown> = {}) {
  return {
    account_id: A,
    external_id: id,
    marketplace: 'wildberries',
    order_external_id: `srid-${id}`,
    kind: id.startsWith('R') ? 'return' : 'sale',
    sold_at: soldAt,
    local_day: moscowDay(soldAt),
    updated_at: soldAt,
    product_external_id: '101',
    price_kopecks: payoutKopecks * 2,
    seller_price_kopecks: payoutKopecks,
    buyer_price_kopecks: payoutKopecks + 100,
    payout_kopecks: payoutKopecks,
    currency: 'RUB',
    search_text: foldText(id),
    synced_at: at,
    ...extra
  }
}

function product(accountId: string, id: string, title: string) {
  return {
    account_id: accountId,
    external_id: id,
    marketplace: accountId === OZON ? 'ozon' : 'wildberries',
    title,
    vendor_code: `SF-${id}`,
    search_text: foldText(`${title} SF-${id}`),
    title_key: foldText(title),
    created_at: at,
    updated_at: at,
    synced_at: at
  }
}

function stock(offerId: string, warehouseId: string, heldBy: 'seller' | 'marketplace', available: number, extra: Record<string, unknown> = {}) {
  return {
    account_id: A,
    warehouse_external_id: warehouseId,
    offer_external_id: offerId,
    marketplace: 'wildberries',
    held_by: heldBy,
    available,
    synced_at: at,
    ...extra
  }
}

const warehouse = (externalId: string, role: string, name: string, accountId = A) => ({
  account_id: accountId,
  external_id: externalId,
  marketplace: accountId === OZON ? 'ozon' : 'wildberries',
  role,
  name,
  synced_at: at
})

describe('business queries', () => {
  let mirror: Mirror
  let cleanup: () => void

  beforeEach(() => {
    const temp = tempDataDir()
    cleanup = temp.cleanup
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    const account = { isDemo: false, tokenExpiresAt: null, tokenCategoriesJson: null, tokenKind: null, createdAt: at, updatedAt: at }
    insertAccount(mirror.db, { ...account, id: A, marketplace: 'wildberries', name: 'Кабинет' })
    insertAccount(mirror.db, { ...account, id: OZON, marketplace: 'ozon', name: 'Озон' })
  })
  afterEach(() => {
    mirror.close()
    cleanup()
  })

  const orderQuery = { status: 'all', sort: { field: 'orderedAt', dir: 'asc' }, page: 0, pageSize: 50 } as const

  it('cuts an order period at Moscow midnights and sums what buyers paid per currency, leaving out cancelled orders', () => {
    // Moscow is UTC+3: 2026-11-01 starts at 2026-10-31T21:00Z and 2026-11-07 ends at 2026-11-07T21:00Z.
    insert(mirror, 'products', product(A, '101', 'Платье'))
    insert(mirror, 'orders', order('before', '2026-10-31T20:59:59.999Z', 1))
    insert(mirror, 'orders', order('a', '2026-10-31T21:00:00.000Z', 10_01))
    insert(mirror, 'orders', order('b', '2026-11-07T20:59:59.999Z', 20_02))
    insert(mirror, 'orders', order('after', '2026-11-07T21:00:00.000Z', 40_04))
    insert(mirror, 'orders', order('d', '2026-11-05T12:00:00.000Z', 99_99, { status: 'cancelled', cancelled_at: '2026-11-06T00:00:00.000Z' }))
    insert(mirror, 'orders', order('byn', '2026-11-03T12:00:00.000Z', 30_00, { currency: 'BYN' }))
    insert(mirror, 'orders', order('kzt', '2026-11-03T13:00:00.000Z', 500_00, { currency: 'KZT', status: 'cancelled' }))
    const page = listOrders(mirror.db, { ...orderQuery, period: { from: '2026-11-01', to: '2026-11-07' } })
    expect(page.rows.map((r) => r.orderId)).toEqual(['a', 'byn', 'kzt', 'd', 'b'])
    expect(page.totals).toEqual({
      count: 5,
      cancelled: 2,
      buyerPrice: [
        { kopecks: 30_03, currency: 'RUB' },
        { kopecks: 30_00, currency: 'BYN' }
      ]
    })
    expect(page.rows[3]).toEqual({
      accountId: A,
      accountName: 'Кабинет',
      marketplace: 'wildberries',
      orderId: 'd',
      orderNumber: 'g-d',
      orderedAt: '2026-11-05T12:00:00.000Z',
      updatedAt: '2026-11-05T12:00:00.000Z',
      status: 'cancelled',
      marketplaceStatus: null,
      cancelledAt: '2026-11-06T00:00:00.000Z',
      fulfilment: 'marketplace',
      warehouseName: 'Коледино',
      regionName: '',
      productId: '101',
      title: 'Платье',
      vendorCode: '',
      barcode: '4600000000017',
      category: '',
      brand: '',
      size: '',
      quantity: 1,
      price: { kopecks: 199_98, currency: 'RUB' },
      discountPercent: 0,
      marketplaceDiscountPercent: 0,
      sellerPrice: { kopecks: 100_00, currency: 'RUB' },
      buyerPrice: { kopecks: 99_99, currency: 'RUB' }
    })
    expect(listOrders(mirror.db, { ...orderQuery, status: 'cancelled' }).rows.map((r) => r.orderId)).toEqual(['kzt', 'd'])
    const byBuyerPrice = listOrders(mirror.db, { ...orderQuery, sort: { field: 'buyerPrice', dir: 'desc' }, pageSize: 10 })
    expect(byBuyerPrice.rows.map((r) => r.orderId).slice(0, 3)).toEqual(['kzt', 'd', 'after'])
    expect(orderFilterOptions(mirror.db, [A]).warehouseNames).toEqual(['Коледино'])
  })

  it('filters orders by marketplace and account, and finds them by search', () => {
    insert(mirror, 'orders', order('wb-1', '2026-11-02T10:00:00.000Z', 100))
    insert(mirror, 'orders', order('oz-1', '2026-11-02T11:00:00.000Z', 200, { account_id: OZON, marketplace: 'ozon', warehouse_name: 'Хоругвино' }))
    const ids = (extra: Partial<Parameters<typeof listOrders>[1]>) => listOrders(mirror.db, { ...orderQuery, ...extra }).rows.map((r) => r.orderId)
    expect(ids({})).toEqual(['wb-1', 'oz-1'])
    expect(ids({ marketplaces: ['ozon'] })).toEqual(['oz-1'])
    expect(ids({ marketplaces: ['wildberries', 'yandex-market'] })).toEqual(['wb-1'])
    expect(ids({ marketplaces: [] })).toEqual([])
    expect(ids({ accountIds: [OZON], marketplaces: ['wildberries'] })).toEqual([])
    expect(ids({ search: 'OZ-1' })).toEqual(['oz-1'])
    expect(ids({ warehouseNames: ['Хоругвино'] })).toEqual(['oz-1'])
    expect(orderFilterOptions(mirror.db, undefined).warehouseNames).toEqual(['Коледино', 'Хоругвино'])
  })

  it('gives an order with the sales that followed it and its marketplace’s own section', () => {
    insert(mirror, 'orders', order('srid-1', '2026-11-02T10:00:00.000Z', 100))
    insert(mirror, 'wb_order_details', { account_id: A, external_id: 'srid-1', category: 'Одежда', warehouse_type: 'Склад WB', sticker: '123' })
    insert(mirror, 'sales', sale('S2', '2026-11-06T10:00:00.000Z', 90, { order_external_id: 'srid-1' }))
    insert(mirror, 'sales', sale('R1', '2026-11-09T10:00:00.000Z', -90, { order_external_id: 'srid-1' }))
    insert(mirror, 'sales', sale('S3', '2026-11-06T10:00:00.000Z', 90, { order_external_id: 'srid-other' }))
    insert(mirror, 'orders', order('oz-1', '2026-11-02T11:00:00.000Z', 200, { account_id: OZON, marketplace: 'ozon' }))

    const detail = getOrder(mirror.db, A, 'srid-1')
    expect(detail?.details).toEqual({ marketplace: 'wildberries', category: 'Одежда', warehouseType: 'Склад WB', sticker: '123' })
    expect(detail?.sales.map((s) => [s.saleId, s.kind, s.payout])).toEqual([
      ['S2', 'sale', { kopecks: 90, currency: 'RUB' }],
      ['R1', 'return', { kopecks: -90, currency: 'RUB' }]
    ])
    expect(getOrder(mirror.db, OZON, 'oz-1')).toMatchObject({ marketplace: 'ozon', sales: [], details: null })
    expect(getOrder(mirror.db, OZON, 'srid-1')).toBeUndefined()
  })

  it('totals sales and returns per currency for the period, returns subtracting', () => {
    insert(mirror, 'sales', sale('S1', '2026-11-02T10:00:00.000Z', 1500_50))
    insert(mirror, 'sales', sale('S2', '2026-11-03T10:00:00.000Z', 29))
    insert(mirror, 'sales', sale('R1', '2026-11-04T10:00:00.000Z', -1500_50))
    insert(mirror, 'sales', sale('S4', '2026-11-04T11:00:00.000Z', 7_00, { currency: 'BYN' }))
    // Moscow's 2026-11-05 begins at 21:00 UTC the day before: outside a period that ends on the 4th.
    insert(mirror, 'sales', sale('S5', '2026-11-04T21:00:00.000Z', 1))
    const query = { kind: 'all', period: { to: '2026-11-04' }, sort: { field: 'soldAt', dir: 'desc' }, page: 0, pageSize: 50 } as const
    const page = listSales(mirror.db, query)
    expect(page.totals).toEqual({
      sales: 3,
      returns: 1,
      payout: [
        { kopecks: 29, currency: 'RUB' },
        { kopecks: 7_00, currency: 'BYN' }
      ],
      buyerPrice: [
        { kopecks: 329, currency: 'RUB' },
        { kopecks: 8_00, currency: 'BYN' }
      ]
    })
    expect(page.rows.map((r) => [r.saleId, r.kind, r.payout.currency])).toEqual([
      ['S4', 'sale', 'BYN'],
      ['R1', 'return', 'RUB'],
      ['S2', 'sale', 'RUB'],
      ['S1', 'sale', 'RUB']
    ])
    expect(listSales(mirror.db, { ...query, kind: 'returns' }).rows.map((r) => r.saleId)).toEqual(['R1'])
    expect(listSales(mirror.db, { ...query, kind: 'sales', sort: { field: 'payout', dir: 'asc' } }).rows.map((r) => r.saleId)).toEqual([
      'S2',
      'S4',
      'S1'
    ])
    expect(listSales(mirror.db, { ...query, marketplaces: ['ozon'] }).totals).toEqual({ sales: 0, returns: 0, payout: [], buyerPrice: [] })
  })

  it('adds up the day totals to the same sums the rows give, whatever the status, kind and period', () => {
    const instants = ['2026-10-31T20:59:59.999Z', '2026-10-31T21:00:00.000Z', '2026-11-03T12:00:00.000Z', '2026-11-07T20:59:59.999Z', '2026-11-07T21:00:00.000Z']
    instants.forEach((instant, i) => {
      insert(mirror, 'orders', order(`o${i}`, instant, 10_00 + i, i % 2 === 0 ? {} : { status: 'cancelled' }))
      insert(mirror, 'orders', order(`b${i}`, instant, 5_00 + i, { currency: 'BYN', ...(i === 2 ? { status: 'cancelled' } : {}) }))
      insert(mirror, 'sales', sale(`S${i}`, instant, 7_00 + i, { search_text: 'продажа' }))
      insert(mirror, 'sales', sale(`R${i}`, instant, -(3_00 + i), { currency: i === 1 ? 'KZT' : 'RUB', search_text: 'возврат продажа' }))
    })
    insert(mirror, 'orders', order('oz', '2026-11-03T12:00:00.000Z', 1_00, { account_id: OZON, marketplace: 'ozon' }))
    // Every row's search text holds the barcode: the same filter, but read off the rows.
    const everyRow = '4600000000017'
    const periods = [undefined, { from: '2026-11-01' }, { to: '2026-11-07' }, { from: '2026-11-01', to: '2026-11-07' }, { from: '2026-11-03', to: '2026-11-03' }]
    for (const period of periods) {
      for (const status of ['all', 'active', 'cancelled'] as const) {
        const query = { ...orderQuery, status, ...(period ? { period } : {}), marketplaces: ['wildberries' as const] }
        expect(listOrders(mirror.db, query).totals, JSON.stringify({ period, status })).toEqual(listOrders(mirror.db, { ...query, search: everyRow }).totals)
      }
      const sales = { kind: 'all', sort: { field: 'soldAt', dir: 'desc' }, page: 0, pageSize: 10, ...(period ? { period } : {}) } as const
      expect(listSales(mirror.db, sales).totals, JSON.stringify(period)).toEqual(listSales(mirror.db, { ...sales, search: 'продажа' }).totals)
    }
    expect(listOrders(mirror.db, { ...orderQuery, status: 'active', period: { from: '2026-11-01', to: '2026-11-07' } }).totals).toEqual({
      count: 4,
      cancelled: 0,
      // Two of each; a tie puts the currencies in alphabetical order. Ozon's rouble order adds to WB's.
      buyerPrice: [
        { kopecks: 5_01 + 5_03, currency: 'BYN' },
        { kopecks: 10_02 + 1_00, currency: 'RUB' }
      ]
    })
  })

  it('reads the first page off the time index and the totals off the day totals, or a search index when searching', () => {
    const statements: Array<{ query: string; params: unknown[] }> = []
    const db = drizzle(mirror.sqlite, { schema, logger: { logQuery: (query, params) => statements.push({ query, params }) } })
    const plansOf = (run: () => void) => {
      statements.length = 0
      run()
      return statements.map((s) =>
        mirror.sqlite
          .prepare(`EXPLAIN QUERY PLAN ${s.query}`)
          .all(...s.params)
          .map((r) => (r as { detail: string }).detail)
          .join('\n')
      )
    }
    const filter = { accountIds: [A], marketplaces: ['wildberries' as const], period: { from: '2026-11-01', to: '2026-11-07' } }
    const [orderPage, orderTotals] = plansOf(() => listOrders(db, { ...orderQuery, ...filter, status: 'active', sort: { field: 'orderedAt', dir: 'desc' } }))
    expect(orderPage).toMatch(/SEARCH o USING INDEX orders_ordered_at/)
    // Only ties of one instant get sorted ("FOR LAST TERM OF ORDER BY"), never the whole period.
    expect(orderPage).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(orderTotals).toMatch(/order_day_totals/)
    expect(orderTotals).not.toMatch(/\bo\b|orders_ordered_at/)
    const searched = plansOf(() => listOrders(db, { ...orderQuery, search: 'плат' }))
    expect(searched.every((plan) => /orders_search VIRTUAL TABLE/.test(plan))).toBe(true)

    const [salePage, saleTotals] = plansOf(() => listSales(db, { ...filter, kind: 'all', sort: { field: 'soldAt', dir: 'desc' }, page: 0, pageSize: 50 }))
    expect(salePage).toMatch(/SEARCH s USING INDEX sales_sold_at/)
    expect(salePage).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(saleTotals).toMatch(/sale_day_totals/)
    // The day totals keep no money of sales apart from returns: a kind's totals come off the covering index.
    const [, returnTotals] = plansOf(() => listSales(db, { ...filter, kind: 'returns', sort: { field: 'soldAt', dir: 'desc' }, page: 0, pageSize: 50 }))
    expect(returnTotals).toMatch(/USING COVERING INDEX sales_sold_at/)
  })

  it('filters FBS orders by Moscow day, status and supply, searches them, and names their card and warehouse', () => {
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
    insert(mirror, 'products', product(A, '101', 'Платье'))
    insert(mirror, 'warehouses', warehouse('seller:7', 'seller', 'Склад Подольск'))
    insert(mirror, 'warehouses', warehouse('wb:7', 'marketplace', 'Не этот'))
    // 2026-11-01 00:30 in Moscow is 2026-10-31 21:30 UTC.
    insert(mirror, 'wb_fbs_orders', fbs(1, '2026-10-31T21:30:00.000Z', 'new', null))
    insert(mirror, 'wb_fbs_orders', fbs(2, '2026-10-31T20:30:00.000Z', 'new', null))
    insert(mirror, 'wb_fbs_orders', { ...fbs(3, '2026-11-01T10:00:00.000Z', 'confirm', 'WB-GI-1'), nm_id: 999, warehouse_id: 8 })
    const query = { sort: { field: 'createdAt', dir: 'asc' }, page: 0, pageSize: 50 } as const
    expect(listFbsOrders(mirror.db, { ...query, period: { from: '2026-11-01' } }).rows.map((r) => r.orderId)).toEqual([1, 3])
    expect(listFbsOrders(mirror.db, { ...query, statuses: ['new'], withoutSupply: true }).total).toBe(2)
    expect(listFbsOrders(mirror.db, { ...query, search: 'SF-пл' }).total).toBe(3)
    expect(listFbsOrders(mirror.db, { ...query, warehouseIds: [8] }).rows.map((r) => r.orderId)).toEqual([3])
    expect(listFbsOrders(mirror.db, query).rows.map((r) => [r.orderId, r.title, r.warehouseId, r.warehouseName])).toEqual([
      [2, 'Платье', 7, 'Склад Подольск'],
      [1, 'Платье', 7, 'Склад Подольск'],
      [3, '', 8, '#8']
    ])
    insert(mirror, 'wb_fbs_supplies', { account_id: A, supply_id: 'WB-GI-1', name: 'Утро', created_at: at, done: 0, synced_at: at })
    expect(listFbsSupplies(mirror.db, { status: 'open', page: 0, pageSize: 10 }).rows).toMatchObject([{ supplyId: 'WB-GI-1', ordersCount: 1 }])
  })

  it('offers WB’s seller warehouses, by their integer ids, as the FBS filter', () => {
    insert(mirror, 'warehouses', warehouse('seller:7', 'seller', 'Склад Подольск'))
    insert(mirror, 'warehouses', warehouse('seller:12', 'seller', 'Склад Видное'))
    insert(mirror, 'warehouses', warehouse('wb:507', 'marketplace', 'Коледино'))
    insert(mirror, 'warehouses', warehouse('office:3', 'pickup', 'ПВЗ'))
    insert(mirror, 'warehouses', warehouse('77', 'seller', 'Склад Озон', OZON))
    expect(orderFilterOptions(mirror.db, undefined)).toEqual({
      warehouseNames: [],
      fbsWarehouses: [
        { warehouseId: 12, name: 'Склад Видное' },
        { warehouseId: 7, name: 'Склад Подольск' }
      ],
      fbsStatuses: ['new', 'confirm', 'complete', 'cancel']
    })
    expect(orderFilterOptions(mirror.db, [OZON]).fbsWarehouses).toEqual([])
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

  describe('stocks', () => {
    beforeEach(() => {
      insert(mirror, 'products', product(A, '101', 'Платье'))
      for (const [offerId, size] of [
        ['1001', '42'],
        ['1002', '44'],
        ['1003', '46']
      ] as const) {
        insert(mirror, 'offers', { account_id: A, external_id: offerId, marketplace: 'wildberries', product_external_id: '101', size, barcodes: `46000${offerId} 47000${offerId}` })
      }
      insert(mirror, 'warehouses', warehouse('seller:7', 'seller', 'Склад Подольск'))
      insert(mirror, 'warehouses', warehouse('wb:507', 'marketplace', 'Коледино'))
      insert(mirror, 'warehouses', warehouse('office:3', 'pickup', 'ПВЗ на Ленина'))
      insert(mirror, 'stock_levels', stock('1001', 'seller:7', 'seller', 3))
      insert(mirror, 'stock_levels', stock('1001', 'wb:507', 'marketplace', 40, { warehouse_name: 'Коледино (отчёт)', in_way_to_client: 2, reserved: 1 }))
      insert(mirror, 'stock_levels', stock('1001', 'wb:9', 'marketplace', 5, { warehouse_name: 'Казань', in_way_from_client: 1 }))
      insert(mirror, 'stock_levels', stock('1001', 'wb:10', 'marketplace', 1))
      insert(mirror, 'stock_levels', stock('1002', 'seller:7', 'seller', 2))
      insert(mirror, 'products', product(OZON, '555', 'Куртка'))
      insert(mirror, 'offers', { account_id: OZON, external_id: 'OZ-555', marketplace: 'ozon', product_external_id: '555' })
      insert(mirror, 'warehouses', warehouse('77', 'seller', 'Склад Озон', OZON))
      insert(mirror, 'stock_levels', { ...stock('OZ-555', '77', 'seller', 8), account_id: OZON, marketplace: 'ozon' })
    })
    const query = { lowThreshold: 5, sort: { field: 'total', dir: 'asc' }, page: 0, pageSize: 50 } as const

    it('puts each offer’s stock at the seller and at the marketplace side by side and flags low stock', () => {
      const page = listStocks(mirror.db, { ...query, marketplaces: ['wildberries'] })
      expect(page.rows.map((r) => [r.offerId, r.size, r.atSeller, r.atMarketplace, r.inWayToClient, r.inWayFromClient, r.total, r.low])).toEqual([
        ['1003', '46', 0, 0, 0, 0, 0, true],
        ['1002', '44', 2, 0, 0, 0, 2, true],
        ['1001', '42', 3, 46, 2, 1, 49, false]
      ])
      expect(page.rows[2]).toMatchObject({ accountName: 'Кабинет', marketplace: 'wildberries', productId: '101', vendorCode: 'SF-101', title: 'Платье', barcode: '460001001' })
      expect(page.totals).toEqual({ atSeller: 5, atMarketplace: 46, inWayToClient: 2, inWayFromClient: 1, lowRows: 2 })
      expect(listStocks(mirror.db, query).rows.map((r) => r.offerId)).toEqual(['1003', '1002', 'OZ-555', '1001'])
      expect(listStocks(mirror.db, { ...query, marketplaces: ['ozon'] }).totals).toMatchObject({ atSeller: 8, atMarketplace: 0 })
      const lowOnly = listStocks(mirror.db, { ...query, lowOnly: true })
      expect([lowOnly.rows.map((r) => r.offerId), lowOnly.total]).toEqual([['1003', '1002'], 2])
      expect(listStocks(mirror.db, { ...query, search: 'куртка' }).rows.map((r) => r.offerId)).toEqual(['OZ-555'])
    })

    it('counts only the picked warehouse and lists only the offers stocked there', () => {
      const on = (marketplace: 'wildberries' | 'ozon', warehouseId: string) =>
        listStocks(mirror.db, { ...query, warehouse: { marketplace, warehouseId } }).rows.map((r) => [r.offerId, r.atSeller, r.atMarketplace])
      expect(on('wildberries', 'wb:507')).toEqual([['1001', 0, 40]])
      expect(on('wildberries', 'seller:7')).toEqual([
        ['1002', 2, 0],
        ['1001', 3, 0]
      ])
      expect(on('ozon', '77')).toEqual([['OZ-555', 8, 0]])
      expect(on('ozon', 'wb:507')).toEqual([])
    })

    it('sorts by ids numerically within a tie', () => {
      insert(mirror, 'offers', { account_id: A, external_id: '999', marketplace: 'wildberries', product_external_id: '101' })
      const zeroStock = listStocks(mirror.db, { ...query, lowOnly: true, lowThreshold: 0, sort: { field: 'total', dir: 'asc' } })
      expect(zeroStock.rows.map((r) => r.offerId)).toEqual(['999', '1003'])
    })

    it('breaks an offer’s stock down by warehouse, the seller’s first, naming warehouses the list does not know', () => {
      expect(stockByWarehouse(mirror.db, A, '1001')).toEqual([
        { marketplace: 'wildberries', heldBy: 'seller', warehouseId: 'seller:7', name: 'Склад Подольск', available: 3, reserved: 0, inWayToClient: 0, inWayFromClient: 0 },
        { marketplace: 'wildberries', heldBy: 'marketplace', warehouseId: 'wb:507', name: 'Коледино', available: 40, reserved: 1, inWayToClient: 2, inWayFromClient: 0 },
        { marketplace: 'wildberries', heldBy: 'marketplace', warehouseId: 'wb:9', name: 'Казань', available: 5, reserved: 0, inWayToClient: 0, inWayFromClient: 1 },
        { marketplace: 'wildberries', heldBy: 'marketplace', warehouseId: 'wb:10', name: '#wb:10', available: 1, reserved: 0, inWayToClient: 0, inWayFromClient: 0 }
      ])
      expect(stockByWarehouse(mirror.db, OZON, '1001')).toEqual([])
    })

    it('lists the warehouses that hold stock, not pickup offices', () => {
      expect(stockWarehouses(mirror.db, undefined)).toEqual([
        { marketplace: 'ozon', heldBy: 'seller', warehouseId: '77', name: 'Склад Озон' },
        { marketplace: 'wildberries', heldBy: 'seller', warehouseId: 'seller:7', name: 'Склад Подольск' },
        { marketplace: 'wildberries', heldBy: 'marketplace', warehouseId: 'wb:507', name: 'Коледино' }
      ])
      expect(stockWarehouses(mirror.db, [A]).map((w) => w.warehouseId)).toEqual(['seller:7', 'wb:507'])
    })
  })
})
