import { SferaError } from '../../shared/domain/errors'
import type { OrdersDataset, SuppliesDataset } from '../db/datasets'
import type { SuppliesService } from '../services/supplies'
import type { DomainHandlers } from './handler'

export function suppliesHandlers(reads: { supplies: SuppliesDataset; orders: OrdersDataset }, supplies: SuppliesService): DomainHandlers<'supplies'> {
  return {
    'supplies.listFbs': (input) => reads.supplies.listFbs(input),
    'supplies.getFbs': (input) => {
      const supply = reads.supplies.getFbs(input.accountId, input.supplyId)
      if (!supply) throw new SferaError('not_found', 'Поставка не найдена в локальной копии', { entity: 'supply' })
      return { ...supply, orders: reads.orders.fbsOfSupply(input.accountId, input.supplyId) }
    },
    'supplies.createFbs': (input) => supplies.create(input.accountId, input.name, input.orderIds),
    'supplies.addOrders': (input) => supplies.addOrders(input.accountId, input.supplyId, input.orderIds),
    'supplies.deliver': (input) => supplies.deliver(input.accountId, input.supplyId),
    'supplies.listFbw': (input) => reads.supplies.listFbw(input)
  }
}
