import { SferaError } from '../../../shared/domain/errors'
import type { Provider } from '../provider'
import { checkWbConnection } from './health'
import { productsJob } from './products-job'
import { validateWbToken } from './token'

export const wildberriesProvider: Provider = {
  marketplace: 'wildberries',
  resources: ['products'],
  validateToken: (token) => validateWbToken(token),
  createSyncJob(resource, deps) {
    if (resource === 'products') return productsJob(deps)
    throw new SferaError('invalid_input', `Wildberries: ресурс ${resource} не поддерживается`, { resource })
  },
  checkConnection: checkWbConnection
}
