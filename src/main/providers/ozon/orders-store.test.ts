import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fboPostingExample, fboPostingExampleAsWritten } from '../../../test-support/ozon-swagger-examples'
import { openTempOzonMirror, type TempOzonMirror } from '../../../test-support/ozon-mirror'
import { malformedResponse } from '../../http'
import { applyPageWrite } from '../../sync/page-write'
import { fboPostingRecord, fbsPostingRecord, postingLineId, postingLines, postingsPageWrite } from './orders-store'
import { ozonFboPosting, ozonFbsPosting, type OzonFbsPosting } from './posting-types'

/** An FBS posting of two units of one SKU, processed late in the evening UTC: already the next day in Moscow. */
const fbsPosting = ozonFbsPosting.parse({
  posting_number: '0208245774-0029-1',
  order_id: 33301885134,
  order_number: '0208245774-0029',
  status: 'delivering',
  substatus: 'posting_in_pickup_point',
  in_process_at: '2026-03-31T22:15:00Z',
  shipment_date: '2026-04-01T18:00:00Z',
  delivering_date: '2026-04-02T09:00:00Z',
  delivery_schema: 'FBS',
  delivery_method: { id: 20605650762000, warehouse_id: 20605650762000, warehouse: 'Склад на Софьино' },
  analytics_data: { region: 'Татарстан', city: 'Казань' },
  cancellation: null,
  customer: null,
  products: [{ sku: 1904686181, offer_id: 'b4408110', name: 'Сумка спортивная', quantity: 2, price: { amount: '1200.0000', currency: 'RUB' } }],
  financial_data: { products: [{ product_id: 1904686181, old_price: 1215, price: 1200 }] }
})

describe('Ozon posting lines', () => {
  let temp: TempOzonMirror
  beforeEach(() => {
    temp = openTempOzonMirror()
  })
  afterEach(() => temp.close())


  it('keys a line by its posting and SKU, Ozon having no line id', () => {
    expect(postingLineId('42776709-0200-5', 789012)).toBe('42776709-0200-5:789012')
  })

  it('writes one order row per line of an FBO posting of the spec’s example, amounts for all the line’s units', () => {
    const posting = fboPostingRecord(ozonFboPosting.parse(fboPostingExample))
    const write = postingsPageWrite('a', [posting], new Map([['SM-GALAXY-A54-128', '3001']]), 'now')
    expect(applyPageWrite(temp.mirror.sqlite, write)).toBe(2)
    expect(
      temp.rows(`SELECT external_id, order_number, ordered_at, local_day, status, marketplace_status, fulfilment, warehouse_name,
              region_name, product_external_id, offer_external_id, vendor_code, quantity, price_kopecks, discount_percent,
              seller_price_kopecks, buyer_price_kopecks, currency FROM orders ORDER BY external_id`)
    ).toEqual([
      {
        external_id: '42776709-0200-5:123456',
        order_number: '42776709-0200-5',
        ordered_at: '2026-02-08T13:56:07.751Z',
        local_day: '2026-02-08',
        status: 'placed',
        marketplace_status: 'awaiting_packaging/Awaiting packaging',
        fulfilment: 'marketplace',
        warehouse_name: 'Main warehouse Moscow',
        region_name: 'Moscow',
        product_external_id: '3001',
        offer_external_id: 'SM-GALAXY-A54-128',
        vendor_code: 'SM-GALAXY-A54-128',
        quantity: 1,
        price_kopecks: 3299000,
        discount_percent: 9,
        seller_price_kopecks: 2999000,
        buyer_price_kopecks: 2999000,
        currency: 'RUB'
      },
      {
        external_id: '42776709-0200-5:789012',
        order_number: '42776709-0200-5',
        ordered_at: '2026-02-08T13:56:07.751Z',
        local_day: '2026-02-08',
        status: 'placed',
        marketplace_status: 'awaiting_packaging/Awaiting packaging',
        fulfilment: 'marketplace',
        warehouse_name: 'Main warehouse Moscow',
        region_name: 'Moscow',
        // The mirror does not know this offer's product yet.
        product_external_id: '',
        offer_external_id: 'CASE-GALAXY-A54-BLACK',
        vendor_code: 'CASE-GALAXY-A54-BLACK',
        quantity: 2,
        price_kopecks: 198000,
        discount_percent: 10,
        seller_price_kopecks: 178000,
        buyer_price_kopecks: 178000,
        currency: 'RUB'
      }
    ])
    expect(temp.rows("SELECT posting_number, order_id, order_number, scheme, substatus, delivery_schema, warehouse_id, cancel_reason, cancellation_initiator FROM ozon_order_details WHERE external_id = '42776709-0200-5:789012'")).toEqual([
      {
        posting_number: '42776709-0200-5',
        order_id: 123456789,
        order_number: '12345-1',
        scheme: 'fbo',
        substatus: 'Awaiting packaging',
        delivery_schema: 'FBO',
        warehouse_id: 123,
        cancel_reason: 'Cancellation at the customer initiative',
        cancellation_initiator: 'Customer'
      }
    ])
    expect(temp.rows('SELECT local_day, currency, orders, cancelled, buyer_price_kopecks FROM order_day_totals')).toEqual([
      { local_day: '2026-02-08', currency: 'RUB', orders: 2, cancelled: 0, buyer_price_kopecks: 3177000 }
    ])
  })

  it('dates an FBS posting by its processing start, on the Moscow day, and keeps the seller’s side of it', () => {
    applyPageWrite(temp.mirror.sqlite, postingsPageWrite('a', [fbsPostingRecord(fbsPosting)], new Map(), 'now'))
    expect(temp.rows('SELECT external_id, ordered_at, local_day, updated_at, status, marketplace_status, fulfilment, warehouse_name, region_name, quantity, price_kopecks, discount_percent, seller_price_kopecks FROM orders')).toEqual([
      {
        external_id: '0208245774-0029-1:1904686181',
        ordered_at: '2026-03-31T22:15:00.000Z',
        local_day: '2026-04-01',
        updated_at: '2026-04-02T09:00:00.000Z',
        status: 'shipped',
        marketplace_status: 'delivering/posting_in_pickup_point',
        fulfilment: 'seller',
        warehouse_name: 'Склад на Софьино',
        region_name: 'Татарстан',
        quantity: 2,
        price_kopecks: 243000,
        discount_percent: 1,
        seller_price_kopecks: 240000
      }
    ])
    expect(temp.rows('SELECT scheme, shipment_date, delivery_schema, warehouse_id FROM ozon_order_details')).toEqual([
      { scheme: 'fbs', shipment_date: '2026-04-01T18:00:00.000Z', delivery_schema: 'FBS', warehouse_id: 20605650762000 }
    ])
  })

  it('writes a posting again as it was: the re-sync of an unchanged posting changes no row', () => {
    const write = () => applyPageWrite(temp.mirror.sqlite, postingsPageWrite('a', [fbsPostingRecord(fbsPosting)], new Map(), 'same'))
    write()
    const before = temp.rows('SELECT * FROM orders')
    const totals = temp.rows('SELECT * FROM order_day_totals')
    write()
    expect(temp.rows('SELECT * FROM orders')).toEqual(before)
    expect(temp.rows('SELECT * FROM order_day_totals')).toEqual(totals)
  })

  it('adds up a SKU listed twice in one posting rather than losing one of the entries', () => {
    const line = fbsPosting.products[0]!
    const twice: OzonFbsPosting = { ...fbsPosting, products: [line, { ...line, quantity: 1, price: { amount: '1100', currency: 'RUB' } }] }
    expect(postingLines(twice.products)).toEqual([
      { sku: 1904686181, offerId: 'b4408110', name: 'Сумка спортивная', quantity: 3, totalKopecks: 350000, currency: 'RUB' }
    ])
  })

  it('refuses a posting whose price is not the schema’s {amount, currency}, naming the field', () => {
    const parsed = ozonFboPosting.safeParse(fboPostingExampleAsWritten)
    expect(parsed.success).toBe(false)
    const error = malformedResponse('Ozon', 'POST /v3/posting/fbo/list', parsed.error!, ['postings', 0])
    expect(error.params).toEqual({ service: 'Ozon', method: 'POST /v3/posting/fbo/list', field: 'postings[0].products[0].price', expected: 'object' })
  })
})
