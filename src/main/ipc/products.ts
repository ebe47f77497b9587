import { SferaError } from '../../shared/domain/errors'
import type { ProductsDataset } from '../db/datasets'
import type { DomainHandlers } from './handler'

export function productsHandlers(products: ProductsDataset): DomainHandlers<'products'> {
  return {
    'products.list': (input) => ({ ...products.list(input), page: input.page, pageSize: input.pageSize }),
    'products.get': (input) => {
      const product = products.get(input.accountId, input.productId)
      if (!product) throw new SferaError('not_found', 'Товар не найден в локальной копии', { entity: 'product' })
      return product
    }
  }
}
