import { marketplaces, type Marketplace } from '../../../../shared/domain/marketplace'
import type { StockHolder, StockWarehouse } from '../../../../shared/domain/stocks'
import type { CallInput } from '../../../../shared/ipc'

export type WarehouseFilter = CallInput<'stocks.list'>['warehouse']

const holders: readonly StockHolder[] = ['seller', 'marketplace']

/** `<marketplace>:<warehouse id>`, the value of a warehouse's option: ids are unique only within a marketplace. */
export function warehouseOptionValue(warehouse: Pick<StockWarehouse, 'marketplace' | 'warehouseId'>): string {
  return `${warehouse.marketplace}:${warehouse.warehouseId}`
}

/** The warehouse an option value stands for; '' (every warehouse) or anything unknown is none. */
export function parseWarehouseOption(value: string): WarehouseFilter {
  const colon = value.indexOf(':')
  const marketplace = marketplaces.find((name) => name === value.slice(0, colon))
  const warehouseId = value.slice(colon + 1)
  return colon > 0 && marketplace && warehouseId ? { marketplace, warehouseId } : undefined
}

export interface WarehouseGroup {
  marketplace: Marketplace
  heldBy: StockHolder
  warehouses: StockWarehouse[]
}

/** The warehouses by marketplace, the seller's own before the marketplace's; groups without any are left out. */
export function warehouseGroups(warehouses: readonly StockWarehouse[]): WarehouseGroup[] {
  return marketplaces.flatMap((marketplace) =>
    holders
      .map((heldBy) => ({ marketplace, heldBy, warehouses: warehouses.filter((w) => w.marketplace === marketplace && w.heldBy === heldBy) }))
      .filter((group) => group.warehouses.length > 0)
  )
}
