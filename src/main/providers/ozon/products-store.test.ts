import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { productDetailsOf } from '../../db/queries/details'
import { productInfoExample, productListExample } from '../../../test-support/ozon-swagger-examples'
import { openTempOzonMirror, type TempOzonMirror } from '../../../test-support/ozon-mirror'
import { applyPageWrite } from '../../sync/page-write'
import { ozonProductInfoResponse, ozonProductListResponse, type OzonProductInfo } from './product-types'
import { productsPageWrite } from './products-store'

describe('Ozon product cards', () => {
  let temp: TempOzonMirror
  beforeEach(() => {
    temp = openTempOzonMirror()
  })
  afterEach(() => temp.close())

  const card = (): OzonProductInfo => ozonProductInfoResponse.parse({ items: [productInfoExample] }).items[0]!

  it('reads the spec’s examples of the list and the info methods', () => {
    expect(ozonProductListResponse.parse(productListExample).result).toEqual({
      items: [{ product_id: 3397917680, offer_id: '2026-01-13 16:56:03 PDF' }],
      last_id: 'WzMzOTc5MTc2ODAsMzM5NzkxNzY4MF0='
    })
    expect(card()).toMatchObject({ id: 100001, offer_id: 'OFFER_123456789', sku: 123456789, price: '1299.99' })
  })

  it('writes the product, its one offer and Ozon’s fields, prices in kopecks', () => {
    expect(applyPageWrite(temp.mirror.sqlite, productsPageWrite('a', [card()], 'now'))).toBe(1)
    expect(temp.rows('SELECT external_id, marketplace, title, vendor_code, photos_json, barcodes, search_text, created_at, updated_at FROM products')).toEqual([
      {
        external_id: '100001',
        marketplace: 'ozon',
        title: 'Test item 123',
        vendor_code: 'OFFER_123456789',
        photos_json: JSON.stringify(
          ['primary_image', 'image1', 'image2'].map((name) => ({ big: `https://example.com/${name}.jpg`, small: `https://example.com/${name}.jpg` }))
        ),
        barcodes: '123456789012',
        search_text: 'test item 123 offer_123456789 100001 123456789 123456789012',
        created_at: '2023-01-15T10:30:00.000Z',
        updated_at: '2023-01-16T12:45:00.000Z'
      }
    ])
    expect(temp.rows('SELECT external_id, product_external_id, barcodes FROM offers')).toEqual([
      { external_id: 'OFFER_123456789', product_external_id: '100001', barcodes: '123456789012' }
    ])
    expect(productDetailsOf(temp.mirror.db, 'ozon', 'a', '100001')).toEqual({
      marketplace: 'ozon',
      sku: 123456789,
      status: 'active',
      statusName: 'Active',
      moderateStatus: 'approved',
      validationStatus: 'valid',
      price: { kopecks: 129999, currency: 'RUB' },
      oldPrice: { kopecks: 149999, currency: 'RUB' },
      minPrice: { kopecks: 99999, currency: 'RUB' },
      isArchived: false,
      isAutoarchived: false,
      descriptionCategoryId: 42,
      typeId: 1,
      // Ozon's per-item error does not keep the card out: it is kept with the card for the seller to see.
      errors: [{ code: 'INVALID_PRICE', level: 'ERROR', field: 'price', attributeId: 101, message: 'Correct the price' }]
    })
  })

  it('keeps a product without a SKU or prices yet (before moderation) with nulls, not zeros', () => {
    const fresh = { ...card(), sku: null, price: null, old_price: null, min_price: null, errors: null }
    applyPageWrite(temp.mirror.sqlite, productsPageWrite('a', [fresh], 'now'))
    expect(temp.rows('SELECT sku, price_kopecks, old_price_kopecks, min_price_kopecks, errors_json FROM ozon_product_details')).toEqual([
      { sku: null, price_kopecks: null, old_price_kopecks: null, min_price_kopecks: null, errors_json: '[]' }
    ])
    expect(ozonProductInfoResponse.parse({ items: [{ ...productInfoExample, sku: 0, min_price: '' }] }).items[0]).toMatchObject({ sku: null, min_price: '' })
  })

  it('gives a product whose article was renamed its new offer only', () => {
    applyPageWrite(temp.mirror.sqlite, productsPageWrite('a', [card()], 'now'))
    applyPageWrite(temp.mirror.sqlite, productsPageWrite('a', [{ ...card(), offer_id: 'OFFER-NEW' }], 'now'))
    expect(temp.rows('SELECT external_id, product_external_id FROM offers')).toEqual([{ external_id: 'OFFER-NEW', product_external_id: '100001' }])
  })
})
