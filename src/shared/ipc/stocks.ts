import { z } from 'zod'
import { stockSortFields, type StockByWarehouse, type StockPage, type StockWarehouse } from '../domain/stocks'
import { call } from './define'
import { accountFilter, page, pageSize, searchText, sortBy } from './paging'

export const stocksCalls = {
  'stocks.list': call<StockPage>()(
    z.strictObject({
      accountIds: accountFilter,
      search: searchText,
      /** Only this warehouse's stock counts; none means every warehouse. */
      warehouse: z.strictObject({ kind: z.enum(['seller', 'wb']), warehouseId: z.int().min(0) }).optional(),
      lowOnly: z.boolean().optional(),
      lowThreshold: z.int().min(0).max(100_000),
      sort: sortBy(stockSortFields),
      page,
      pageSize
    }),
    { reads: ['stocks', 'products', 'accounts'] }
  ),
  'stocks.byWarehouse': call<StockByWarehouse[]>()(z.strictObject({ accountId: z.uuid(), chrtId: z.int().min(1) }), {
    reads: ['stocks', 'products', 'accounts']
  }),
  'stocks.warehouses': call<StockWarehouse[]>()(z.strictObject({ accountIds: accountFilter }), { reads: ['stocks', 'accounts'] })
}
