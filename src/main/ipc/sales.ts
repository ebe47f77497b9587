import type { Mirror } from '../db/open'
import { listSales } from '../db/queries/sales'
import type { DomainHandlers } from './handler'

export function salesHandlers(mirror: Mirror): DomainHandlers<'sales'> {
  return {
    'sales.list': (input) => listSales(mirror.db, input)
  }
}
