import type { SalesDataset } from '../db/datasets'
import type { DomainHandlers } from './handler'

export function salesHandlers(sales: SalesDataset): DomainHandlers<'sales'> {
  return {
    'sales.list': (input) => sales.list(input)
  }
}
