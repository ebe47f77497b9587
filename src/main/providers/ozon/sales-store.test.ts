import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempOzonMirror, type TempOzonMirror } from '../../../test-support/ozon-mirror'
import { applyPageWrite } from '../../sync/page-write'
import { ozonFinanceOperation, ozonFinanceTransactionPage } from './finance-types'
import { rublesToKopecks } from './money'
import { saleKindOf, salesPageWrite, settlementCurrency, splitKopecks, type MirroredLine, type MirroredSku } from './sales-store'

/** The spec's example operation (L20340): a promotion charge of no posting. */
const promotion = {
  operation_id: 11401182187840,
  operation_type: 'MarketplaceMarketingActionCostOperation',
  operation_date: '2021-11-01 00:00:00',
  operation_type_name: 'Услуги продвижения товаров',
  delivery_charge: 0,
  return_delivery_charge: 0,
  accruals_for_sale: 0,
  sale_commission: 0,
  amount: -6.46,
  type: 'services',
  posting: { delivery_schema: '', order_date: '', posting_number: '', warehouse_id: 0 },
  items: [],
  services: []
}

/** A delivery of two units of one SKU and one of another, booked late in the evening UTC: the next day in Moscow. */
const delivery = {
  operation_id: 11401182187843,
  operation_type: 'OperationAgentDeliveredToCustomer',
  operation_date: '2026-03-31 22:15:00',
  operation_type_name: 'Доставка покупателю',
  delivery_charge: 0,
  return_delivery_charge: 0,
  accruals_for_sale: 3000.3,
  sale_commission: -450.05,
  amount: 2361.65,
  type: 'orders',
  posting: { delivery_schema: 'FBS', order_date: '2026-03-27 10:00:00', posting_number: '0208245774-0029-1', warehouse_id: 7 },
  items: [
    { sku: 1904686181, name: 'Сумка спортивная' },
    { sku: 1904686181, name: 'Сумка спортивная' },
    { sku: 55, name: 'Ремень' }
  ],
  services: [
    { name: 'MarketplaceServiceItemDirectFlowLogistic', price: -150.3 },
    { name: 'MarketplaceServiceItemDelivToCustomer', price: -38.3 }
  ]
}

/** The buyer brought the belt back: its accrual and commission reversed, negative as Ozon signs them. */
const clientReturn = {
  ...delivery,
  operation_id: '11401182187850',
  operation_type: 'ClientReturnAgentOperation',
  operation_date: '2026-04-05T08:00:00Z',
  type: 'returns',
  accruals_for_sale: -0.3,
  sale_commission: 0.1,
  amount: -0.2,
  items: [{ sku: '55', name: 'Ремень' }],
  services: []
}

const lines = new Map<string, MirroredLine>([
  ['0208245774-0029-1:1904686181', { lineId: '0208245774-0029-1:1904686181', productId: '3001', vendorCode: 'b4408110', warehouseName: 'Склад на Софьино', regionName: 'Казань', totalKopecks: 200000 }],
  ['0208245774-0029-1:55', { lineId: '0208245774-0029-1:55', productId: '3002', vendorCode: 'belt-1', warehouseName: 'Склад на Софьино', regionName: 'Казань', totalKopecks: 100000 }]
])
const skus = new Map<number, MirroredSku>([[55, { sku: 55, productId: '3002', vendorCode: 'belt-1', brand: 'Кожевник', category: 'Ремни' }]])

describe('Ozon finance money', () => {
  it.each([
    [0.1 + 0.2, 30],
    [0.29, 29],
    [-6.46, -646],
    [2361.65, 236165],
    [-0.005, -1],
    [0.285, 29],
    [-0.285, -29],
    [1e-7, 0],
    [-0, 0]
  ])('reads %d roubles as %i kopecks', (roubles, kopecks) => {
    expect(rublesToKopecks(roubles)).toBe(kopecks)
  })

  it('cuts an amount into whole kopecks that add up to it exactly, negatives alike', () => {
    expect(splitKopecks(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(splitKopecks(-100, [1, 1, 1])).toEqual([-34, -33, -33])
    expect(splitKopecks(236165, [200000, 100000])).toEqual([157443, 78722])
    expect(splitKopecks(5, [0, 0])).toEqual([5, 0])
    expect(splitKopecks(0, [2, 1])).toEqual([0, 0])
  })

  it('counts in the seller’s settlement currency, roubles where Ozon names none', () => {
    expect(settlementCurrency('CNY')).toBe('CNY')
    expect(settlementCurrency('')).toBe('RUB')
  })

  it('tells sales and returns from the operations around them', () => {
    expect(saleKindOf('OperationAgentDeliveredToCustomer')).toBe('sale')
    expect(saleKindOf('ClientReturnAgentOperation')).toBe('return')
    expect(saleKindOf('OperationAgentStornoDeliveredToCustomer')).toBe('return')
    for (const other of ['OperationItemReturn', 'MarketplaceMarketingActionCostOperation', 'OperationAgentDeliveredToCustomerCanceled', 'MarketplaceServiceItemDirectFlowLogistic']) {
      expect(saleKindOf(other)).toBeNull()
    }
  })

  it('reads the spec’s example answer, and refuses an operation date that is no moment', () => {
    const page = ozonFinanceTransactionPage.parse({ result: { operations: [promotion], page_count: 1, row_count: 355 } })
    expect(page.result.operations?.[0]).toMatchObject({ operation_id: '11401182187840', operation_date: '2021-11-01T00:00:00.000Z', amount: -6.46 })
    expect(ozonFinanceOperation.safeParse({ ...promotion, operation_date: '01.11.2021' }).success).toBe(false)
  })
})

describe('Ozon sales page', () => {
  let temp: TempOzonMirror
  beforeEach(() => {
    temp = openTempOzonMirror()
  })
  afterEach(() => temp.close())

  const write = (operations: unknown[]) =>
    applyPageWrite(temp.mirror.sqlite, salesPageWrite('a', operations.map((op) => ozonFinanceOperation.parse(op)), lines, skus, 'RUB', 'now'))

  it('writes a delivery of two SKUs as two sales rows linked to their order lines, shared out by what the lines cost', () => {
    expect(write([delivery])).toBe(1)
    expect(
      temp.rows(`SELECT external_id, order_external_id, order_number, kind, sold_at, local_day, warehouse_name, region_name,
              product_external_id, vendor_code, brand, quantity, price_kopecks, payout_kopecks, currency FROM sales ORDER BY external_id`)
    ).toEqual([
      {
        external_id: '11401182187843:1904686181',
        order_external_id: '0208245774-0029-1:1904686181',
        order_number: '0208245774-0029-1',
        kind: 'sale',
        sold_at: '2026-03-31T22:15:00.000Z',
        local_day: '2026-04-01',
        warehouse_name: 'Склад на Софьино',
        region_name: 'Казань',
        product_external_id: '3001',
        vendor_code: 'b4408110',
        brand: '',
        quantity: 2,
        price_kopecks: 200020,
        payout_kopecks: 157443,
        currency: 'RUB'
      },
      {
        external_id: '11401182187843:55',
        order_external_id: '0208245774-0029-1:55',
        order_number: '0208245774-0029-1',
        kind: 'sale',
        sold_at: '2026-03-31T22:15:00.000Z',
        local_day: '2026-04-01',
        warehouse_name: 'Склад на Софьино',
        region_name: 'Казань',
        product_external_id: '3002',
        vendor_code: 'belt-1',
        brand: 'Кожевник',
        quantity: 1,
        price_kopecks: 100010,
        payout_kopecks: 78722,
        currency: 'RUB'
      }
    ])
    expect(temp.rows('SELECT SUM(payout_kopecks) AS payout, SUM(price_kopecks) AS accruals FROM sales')).toEqual([{ payout: 236165, accruals: 300030 }])
    expect(temp.rows('SELECT * FROM ozon_sale_details')).toEqual([
      {
        account_id: 'a',
        external_id: '11401182187843',
        operation_type: 'OperationAgentDeliveredToCustomer',
        operation_type_name: 'Доставка покупателю',
        transaction_type: 'orders',
        operated_at: '2026-03-31T22:15:00.000Z',
        posting_number: '0208245774-0029-1',
        delivery_schema: 'FBS',
        accruals_for_sale_kopecks: 300030,
        sale_commission_kopecks: -45005,
        delivery_charge_kopecks: 0,
        return_delivery_charge_kopecks: 0,
        amount_kopecks: 236165,
        currency: 'RUB',
        services_json: JSON.stringify([
          { name: 'MarketplaceServiceItemDirectFlowLogistic', kopecks: -15030 },
          { name: 'MarketplaceServiceItemDelivToCustomer', kopecks: -3830 }
        ])
      }
    ])
  })

  it('writes a return of one SKU under its operation id, negative, from amounts a float sum would miss by a hair', () => {
    write([clientReturn])
    expect(temp.rows('SELECT external_id, order_external_id, kind, sold_at, product_external_id, quantity, price_kopecks, payout_kopecks FROM sales')).toEqual([
      {
        external_id: '11401182187850',
        order_external_id: '0208245774-0029-1:55',
        kind: 'return',
        sold_at: '2026-04-05T08:00:00.000Z',
        product_external_id: '3002',
        quantity: 1,
        price_kopecks: -30,
        payout_kopecks: -20
      }
    ])
    expect(temp.rows('SELECT sale_commission_kopecks, amount_kopecks FROM ozon_sale_details')).toEqual([{ sale_commission_kopecks: 10, amount_kopecks: -20 }])
  })

  it('keeps a charge that is no sale in ozon_sale_details only', () => {
    write([promotion])
    expect(temp.rows('SELECT count(*) AS n FROM sales')).toEqual([{ n: 0 }])
    expect(temp.rows('SELECT external_id, transaction_type, posting_number, amount_kopecks FROM ozon_sale_details')).toEqual([
      { external_id: '11401182187840', transaction_type: 'services', posting_number: '', amount_kopecks: -646 }
    ])
  })

  it('shares a sale out by units when its lines are not mirrored, and finds the product by SKU', () => {
    applyPageWrite(temp.mirror.sqlite, salesPageWrite('a', [ozonFinanceOperation.parse(delivery)], new Map(), skus, 'RUB', 'now'))
    expect(temp.rows('SELECT external_id, product_external_id, warehouse_name, price_kopecks, payout_kopecks FROM sales ORDER BY external_id')).toEqual([
      { external_id: '11401182187843:1904686181', product_external_id: '', warehouse_name: '', price_kopecks: 200020, payout_kopecks: 157443 },
      { external_id: '11401182187843:55', product_external_id: '3002', warehouse_name: '', price_kopecks: 100010, payout_kopecks: 78722 }
    ])
  })

  it('changes nothing when the same page is written again', () => {
    write([delivery, clientReturn, promotion])
    const before = [temp.rows('SELECT * FROM sales ORDER BY external_id'), temp.rows('SELECT * FROM ozon_sale_details ORDER BY external_id'), temp.rows('SELECT * FROM sale_day_totals')]
    write([delivery, clientReturn, promotion])
    expect([temp.rows('SELECT * FROM sales ORDER BY external_id'), temp.rows('SELECT * FROM ozon_sale_details ORDER BY external_id'), temp.rows('SELECT * FROM sale_day_totals')]).toEqual(before)
  })
})
