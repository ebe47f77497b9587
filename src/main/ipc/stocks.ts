import type { StocksDataset } from '../db/datasets'
import type { DomainHandlers } from './handler'

export function stocksHandlers(stocks: StocksDataset): DomainHandlers<'stocks'> {
  return {
    'stocks.list': (input) => stocks.list(input),
    'stocks.byWarehouse': (input) => stocks.byWarehouse(input.accountId, input.offerId),
    'stocks.warehouses': (input) => stocks.warehouses(input.accountIds)
  }
}
