import { z } from 'zod'
import { period } from '../domain/period'
import { saleSortFields, type SalePage } from '../domain/sales'
import { call } from './define'
import { accountFilter, marketplaceFilter, page, pageSize, searchText, sortBy } from './paging'

export const salesCalls = {
  'sales.list': call<SalePage>()(
    z.strictObject({
      accountIds: accountFilter,
      marketplaces: marketplaceFilter,
      period: period.optional(),
      kind: z.enum(['all', 'sales', 'returns']),
      warehouseNames: z.array(z.string().max(200)).max(100).optional(),
      search: searchText,
      sort: sortBy(saleSortFields),
      page,
      pageSize
    }),
    { reads: ['sales', 'accounts'] }
  )
}
