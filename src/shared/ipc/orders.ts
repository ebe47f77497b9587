import { z } from 'zod'
import {
  fbsOrderSortFields,
  orderSortFields,
  type FbsOrderPage,
  type FbsOrderRow,
  type OrderDetail,
  type OrderFilterOptions,
  type OrderPage
} from '../domain/orders'
import { period } from '../domain/period'
import { call } from './define'
import { accountFilter, externalId, marketplaceFilter, page, pageSize, searchText, sortBy } from './paging'

export const fbsStatuses = ['new', 'confirm', 'complete', 'cancel'] as const

/** FBS tasks show their supply and the card's photo; orders show the sales that followed them. */
const fbsOrderReads = ['orders', 'supplies', 'products', 'accounts'] as const
const orderReads = ['orders', 'sales', 'accounts'] as const

export const ordersCalls = {
  'orders.listFbs': call<FbsOrderPage>()(
    z.strictObject({
      accountIds: accountFilter,
      period: period.optional(),
      statuses: z.array(z.enum(fbsStatuses)).max(4).optional(),
      warehouseIds: z.array(z.int().min(0)).max(100).optional(),
      /** Orders not yet in any supply: the ones a new supply can take. */
      withoutSupply: z.boolean().optional(),
      search: searchText,
      sort: sortBy(fbsOrderSortFields),
      page,
      pageSize
    }),
    { reads: fbsOrderReads }
  ),
  'orders.getFbs': call<FbsOrderRow>()(z.strictObject({ accountId: z.uuid(), orderId: z.int().min(1) }), { reads: fbsOrderReads }),
  'orders.list': call<OrderPage>()(
    z.strictObject({
      accountIds: accountFilter,
      marketplaces: marketplaceFilter,
      period: period.optional(),
      warehouseNames: z.array(z.string().max(200)).max(100).optional(),
      status: z.enum(['all', 'active', 'cancelled']),
      search: searchText,
      sort: sortBy(orderSortFields),
      page,
      pageSize
    }),
    { reads: orderReads }
  ),
  'orders.get': call<OrderDetail>()(z.strictObject({ accountId: z.uuid(), orderId: externalId }), {
    reads: orderReads
  }),
  'orders.filterOptions': call<OrderFilterOptions>()(z.strictObject({ accountIds: accountFilter }), { reads: orderReads })
}
