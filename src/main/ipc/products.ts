import { SferaError } from '../../shared/domain/errors'
import type { Mirror } from '../db/open'
import { getProduct, listProducts } from '../db/queries/products'
import type { DomainHandlers } from './handler'

export function productsHandlers(mirror: Mirror): DomainHandlers<'products'> {
  return {
    'products.list': (input) => ({ ...listProducts(mirror.db, input), page: input.page, pageSize: input.pageSize }),
    'products.get': (input) => {
      const product = getProduct(mirror.db, input.accountId, input.nmId)
      if (!product) throw new SferaError('not_found', 'Товар не найден в локальной копии', { entity: 'product' })
      return product
    }
  }
}
