import { describe, expect, it } from 'vitest'
import type { StockWarehouse } from '../../../../shared/domain/stocks'
import { parseWarehouseOption, warehouseGroups, warehouseOptionValue } from './warehouse-filter'

const koledino: StockWarehouse = { marketplace: 'wildberries', heldBy: 'marketplace', warehouseId: '507', name: 'Коледино' }
const own: StockWarehouse = { marketplace: 'wildberries', heldBy: 'seller', warehouseId: '1001', name: 'Свой склад' }
const ozonFbo: StockWarehouse = { marketplace: 'ozon', heldBy: 'marketplace', warehouseId: '2:ХОРУГВИНО', name: 'Хоругвино' }

describe('warehouse filter options', () => {
  it('reads back the warehouse of its option, an id with a colon too', () => {
    expect(parseWarehouseOption(warehouseOptionValue(koledino))).toEqual({ marketplace: 'wildberries', warehouseId: '507' })
    expect(parseWarehouseOption(warehouseOptionValue(ozonFbo))).toEqual({ marketplace: 'ozon', warehouseId: '2:ХОРУГВИНО' })
  })

  it('stands for every warehouse when empty or not a known marketplace', () => {
    expect(parseWarehouseOption('')).toBeUndefined()
    expect(parseWarehouseOption('wildberries:')).toBeUndefined()
    expect(parseWarehouseOption('avito:12')).toBeUndefined()
  })

  it("groups by marketplace, the seller's own warehouses first, and leaves out empty groups", () => {
    const groups = warehouseGroups([ozonFbo, koledino, own])
    expect(groups.map((group) => [group.marketplace, group.heldBy, group.warehouses.map((w) => w.name)])).toEqual([
      ['wildberries', 'seller', ['Свой склад']],
      ['wildberries', 'marketplace', ['Коледино']],
      ['ozon', 'marketplace', ['Хоругвино']]
    ])
  })
})
