import { SferaError } from '../../shared/domain/errors'
import type { OrdersDataset } from '../db/datasets'
import type { DomainHandlers } from './handler'

const notFound = () => new SferaError('not_found', 'Заказ не найден в локальной копии', { entity: 'order' })

export function ordersHandlers(orders: OrdersDataset): DomainHandlers<'orders'> {
  return {
    'orders.listFbs': (input) => orders.listFbs(input),
    'orders.getFbs': (input) => orders.getFbs(input.accountId, input.orderId) ?? Promise.reject(notFound()),
    'orders.list': (input) => orders.list(input),
    'orders.get': (input) => orders.get(input.accountId, input.orderId) ?? Promise.reject(notFound()),
    'orders.filterOptions': (input) => orders.filterOptions(input.accountIds)
  }
}
