import { z } from 'zod'
import { stockSortFields, type StockByWarehouse, type StockPage, type StockWarehouse } from '../domain/stocks'
import { call } from './define'
import { accountFilter, externalId, marketplaceFilter, page, pageSize, searchText, sortBy } from './paging'
import { marketplaces } from '../domain/marketplace'

export const stocksCalls = {
  'stocks.list': call<StockPage>()(
    z.strictObject({
      accountIds: accountFilter,
      marketplaces: marketplaceFilter,
      search: searchText,
      /** Only this warehouse's stock counts; none means every warehouse. */
      warehouse: z.strictObject({ marketplace: z.enum(marketplaces), warehouseId: externalId }).optional(),
      lowOnly: z.boolean().optional(),
      lowThreshold: z.int().min(0).max(100_000),
      sort: sortBy(stockSortFields),
      page,
      pageSize
    }),
    { reads: ['stocks', 'products', 'accounts'] }
  ),
  'stocks.byWarehouse': call<StockByWarehouse[]>()(z.strictObject({ accountId: z.uuid(), offerId: externalId }), {
    reads: ['stocks', 'products', 'accounts']
  }),
  'stocks.warehouses': call<StockWarehouse[]>()(z.strictObject({ accountIds: accountFilter }), { reads: ['stocks', 'accounts'] })
}
