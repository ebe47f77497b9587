import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stockTotalsExample, warehouseExample } from '../../../test-support/ozon-swagger-examples'
import { openTempOzonMirror, type TempOzonMirror } from '../../../test-support/ozon-mirror'
import { applyPageWrite } from '../../sync/page-write'
import { ozonStockTotalsResponse, ozonWarehouseStocksResponse } from './stock-types'
import { fboStocksPageWrite, sellerStocksPageWrite, staleStocksDeletion } from './stocks-store'
import { ozonWarehouseListResponse } from './warehouse-types'
import { warehousesPageWrite, warehousesRunEnd } from './warehouses-store'

describe('Ozon warehouses and stock', () => {
  let temp: TempOzonMirror
  beforeEach(() => {
    temp = openTempOzonMirror()
  })
  afterEach(() => temp.close())


  it('mirrors the seller’s warehouses and one row for Ozon’s, and removes those Ozon no longer lists', () => {
    const page = ozonWarehouseListResponse.parse({ warehouses: [warehouseExample, { ...warehouseExample, warehouse_id: 7, name: 'Архив', status: 'disabled' }], cursor: '', has_next: false })
    applyPageWrite(temp.mirror.sqlite, warehousesPageWrite('a', page.warehouses!, 'g1'))
    applyPageWrite(temp.mirror.sqlite, warehousesRunEnd('a', 'g1'))
    expect(temp.rows('SELECT external_id, role, name, address, is_active FROM warehouses ORDER BY external_id')).toEqual([
      { external_id: '20605650762000', role: 'seller', name: '17023', address: warehouseExample.address_info.address, is_active: 1 },
      { external_id: '7', role: 'seller', name: 'Архив', address: warehouseExample.address_info.address, is_active: 0 },
      { external_id: 'fbo', role: 'marketplace', name: 'Склады Ozon', address: '', is_active: 1 }
    ])
    applyPageWrite(temp.mirror.sqlite, warehousesPageWrite('a', [page.warehouses![0]!], 'g2'))
    applyPageWrite(temp.mirror.sqlite, warehousesRunEnd('a', 'g2'))
    expect(temp.rows('SELECT external_id FROM warehouses ORDER BY external_id')).toEqual([{ external_id: '20605650762000' }, { external_id: 'fbo' }])
  })

  it('writes the seller’s stock per warehouse as what is left after the reserve, on the offer the SKU stands for', () => {
    const stocks = ozonWarehouseStocksResponse.parse({
      result: [
        { sku: 11, offer_id: 'A-1', product_id: 1, warehouse_id: 20605650762000, warehouse_name: '17023', present: 10, reserved: 3 },
        { sku: 11, offer_id: 'A-1', product_id: 1, warehouse_id: 7, warehouse_name: 'Второй', present: 2, reserved: 5 },
        { sku: 99, offer_id: 'X', product_id: 9, warehouse_id: 7, warehouse_name: 'Второй', present: 1, reserved: 0 }
      ]
    }).result!
    const write = sellerStocksPageWrite('a', [{ sku: 11, offerId: 'A-1' }], stocks, 'g1')
    expect(applyPageWrite(temp.mirror.sqlite, write)).toBe(2)
    expect(temp.rows('SELECT warehouse_external_id, offer_external_id, held_by, warehouse_name, available, reserved FROM stock_levels ORDER BY warehouse_external_id')).toEqual([
      { warehouse_external_id: '20605650762000', offer_external_id: 'A-1', held_by: 'seller', warehouse_name: '17023', available: 7, reserved: 3 },
      // More reserved than on the shelf leaves nothing to sell, not a negative stock.
      { warehouse_external_id: '7', offer_external_id: 'A-1', held_by: 'seller', warehouse_name: 'Второй', available: 0, reserved: 5 }
    ])
  })

  it('puts the FBO totals of the spec’s example on the one FBO row and skips products with none', () => {
    const page = ozonStockTotalsResponse.parse(stockTotalsExample)
    const none = { offer_id: 'nothing-at-ozon', stocks: [{ type: 'fbo', present: 0, reserved: 0 }] }
    expect(applyPageWrite(temp.mirror.sqlite, fboStocksPageWrite('a', [...page.items!, none], 'g1'))).toBe(1)
    expect(temp.rows('SELECT warehouse_external_id, offer_external_id, held_by, warehouse_name, available, reserved FROM stock_levels')).toEqual([
      { warehouse_external_id: 'fbo', offer_external_id: 'test-offer-123456', held_by: 'marketplace', warehouse_name: 'Склады Ozon', available: 65, reserved: 10 }
    ])
    applyPageWrite(temp.mirror.sqlite, staleStocksDeletion('a', 'g2'))
    expect(temp.rows('SELECT * FROM stock_levels')).toEqual([])
  })
})
