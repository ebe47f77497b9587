import { SferaError } from '../../shared/domain/errors'
import type { Mirror } from '../db/open'
import { getFbsOrder, getOrder, listFbsOrders, listOrders, orderFilterOptions } from '../db/queries/orders'
import { salesOfOrder } from '../db/queries/sales'
import type { DomainHandlers } from './handler'

const notFound = () => new SferaError('not_found', 'Заказ не найден в локальной копии', { entity: 'order' })

export function ordersHandlers(mirror: Mirror): DomainHandlers<'orders'> {
  return {
    'orders.listFbs': (input) => listFbsOrders(mirror.db, input),
    'orders.getFbs': (input) => getFbsOrder(mirror.db, input.accountId, input.orderId) ?? Promise.reject(notFound()),
    'orders.list': (input) => listOrders(mirror.db, input),
    'orders.get': (input) => {
      const order = getOrder(mirror.db, input.accountId, input.srid)
      if (!order) throw notFound()
      return { ...order, sales: salesOfOrder(mirror.db, input.accountId, input.srid) }
    },
    'orders.filterOptions': (input) => orderFilterOptions(mirror.db, input.accountIds)
  }
}
