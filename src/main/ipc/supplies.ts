import { SferaError } from '../../shared/domain/errors'
import type { Mirror } from '../db/open'
import { fbsOrdersOfSupply } from '../db/queries/orders'
import { getFbsSupply, listFbsSupplies, listFbwSupplies } from '../db/queries/supplies'
import type { SuppliesService } from '../services/supplies'
import type { DomainHandlers } from './handler'

export function suppliesHandlers(mirror: Mirror, supplies: SuppliesService): DomainHandlers<'supplies'> {
  return {
    'supplies.listFbs': (input) => listFbsSupplies(mirror.db, input),
    'supplies.getFbs': (input) => {
      const supply = getFbsSupply(mirror.db, input.accountId, input.supplyId)
      if (!supply) throw new SferaError('not_found', 'Поставка не найдена в локальной копии', { entity: 'supply' })
      return { ...supply, orders: fbsOrdersOfSupply(mirror.db, input.accountId, input.supplyId) }
    },
    'supplies.createFbs': (input) => supplies.create(input.accountId, input.name, input.orderIds),
    'supplies.addOrders': (input) => supplies.addOrders(input.accountId, input.supplyId, input.orderIds),
    'supplies.deliver': (input) => supplies.deliver(input.accountId, input.supplyId),
    'supplies.listFbw': (input) => listFbwSupplies(mirror.db, input)
  }
}
