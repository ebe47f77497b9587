import { z } from 'zod'
import { productSortFields, type ProductDetail, type ProductPage } from '../domain/products'
import { call } from './define'
import { externalId, marketplaceFilter } from './paging'

export const productsCalls = {
  'products.list': call<ProductPage>()(
    z.strictObject({
      accountIds: z.array(z.uuid()).max(50).optional(),
      marketplaces: marketplaceFilter,
      search: z.string().max(200).optional(),
      sort: z.strictObject({ field: z.enum(productSortFields), dir: z.enum(['asc', 'desc']) }),
      page: z.int().min(0).max(1_000_000),
      pageSize: z.int().min(10).max(200)
    }),
    { reads: ['products', 'accounts'] }
  ),
  'products.get': call<ProductDetail>()(
    z.strictObject({ accountId: z.uuid(), productId: externalId }),
    { reads: ['products', 'accounts'] }
  )
}
