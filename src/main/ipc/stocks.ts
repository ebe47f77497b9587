import type { Mirror } from '../db/open'
import { listStocks, stockByWarehouse, stockWarehouses } from '../db/queries/stocks'
import type { DomainHandlers } from './handler'

export function stocksHandlers(mirror: Mirror): DomainHandlers<'stocks'> {
  return {
    'stocks.list': (input) => listStocks(mirror.db, input),
    'stocks.byWarehouse': (input) => stockByWarehouse(mirror.db, input.accountId, input.chrtId),
    'stocks.warehouses': (input) => stockWarehouses(mirror.db, input.accountIds)
  }
}
