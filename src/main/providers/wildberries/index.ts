import type { SyncResource } from '../../../shared/domain/marketplace'
import type { SyncJob } from '../../sync/job'
import type { Provider, ProviderDeps } from '../provider'
import { fbsOrdersJob } from './fbs-orders-job'
import { fbsStocksJob } from './fbs-stocks-job'
import { fbsSuppliesJob } from './fbs-supplies-job'
import { fbwSuppliesJob } from './fbw-supplies-job'
import { checkWbConnection } from './health'
import { ordersJob } from './orders-job'
import { productsJob } from './products-job'
import { salesJob } from './sales-job'
import { inspectWbToken, missingWbResourceCategories } from './token'
import { warehousesJob } from './warehouses-job'
import { wbStocksJob } from './wb-stocks-job'

const jobs: Record<SyncResource, (deps: ProviderDeps) => SyncJob> = {
  products: productsJob,
  warehouses: warehousesJob,
  fbs_stocks: fbsStocksJob,
  wb_stocks: wbStocksJob,
  fbs_orders: fbsOrdersJob,
  fbs_supplies: fbsSuppliesJob,
  orders: ordersJob,
  sales: salesJob,
  fbw_supplies: fbwSuppliesJob
}

export const wildberriesProvider: Provider = {
  marketplace: 'wildberries',
  resources: Object.keys(jobs) as SyncResource[],
  inspectToken: (token) => inspectWbToken(token),
  missingCategories: missingWbResourceCategories,
  createSyncJob: (resource, deps) => jobs[resource](deps),
  checkConnection: checkWbConnection
}
