import { SferaError } from '../../../shared/domain/errors'
import type { SyncJob, SyncResourceDeclaration } from '../../sync/job'
import type { Provider, ProviderDeps } from '../provider'
import { fbsOrdersJob } from './fbs-orders-job'
import { fbsStocksJob } from './fbs-stocks-job'
import { fbsSuppliesJob } from './fbs-supplies-job'
import { fbwSuppliesJob } from './fbw-supplies-job'
import { checkWbConnection } from './health'
import { wbHosts } from './hosts'
import { ordersJob } from './orders-job'
import { productsJob } from './products-job'
import { salesJob } from './sales-job'
import { addOrdersToFbsSupply, createFbsSupply, deliverFbsSupply } from './supplies'
import { inspectWbToken, missingWbResourceCategories } from './token'
import { warehousesJob } from './warehouses-job'
import { wbStocksJob } from './wb-stocks-job'

/** What a WB cabinet syncs, in the order screens list it; stocks need the cards' sizes (and FBS the warehouses). */
const resources: ReadonlyArray<SyncResourceDeclaration & { job: (deps: ProviderDeps) => SyncJob }> = [
  { id: 'products', job: productsJob },
  { id: 'warehouses', job: warehousesJob },
  { id: 'fbs_stocks', job: fbsStocksJob, dependsOn: ['products', 'warehouses'] },
  { id: 'wb_stocks', job: wbStocksJob, dependsOn: ['products'] },
  { id: 'fbs_orders', job: fbsOrdersJob },
  { id: 'fbs_supplies', job: fbsSuppliesJob },
  { id: 'orders', job: ordersJob },
  { id: 'sales', job: salesJob },
  { id: 'fbw_supplies', job: fbwSuppliesJob }
]
const jobs = new Map(resources.map((resource) => [resource.id, resource.job]))

export const wildberriesProvider: Provider = {
  marketplace: 'wildberries',
  title: 'Wildberries',
  hosts: wbHosts,
  resources: resources.map(({ id, dependsOn }) => (dependsOn ? { id, dependsOn } : { id })),
  accountFields: [{ key: 'token', secret: true, maxLength: 4096 }],
  inspectFields: (fields) => inspectWbToken(fields.token ?? ''),
  missingCategories: missingWbResourceCategories,
  createSyncJob: (resource, deps) => {
    const job = jobs.get(resource)
    if (!job) throw new SferaError('invalid_input', `У Wildberries нет раздела ${resource}`, { field: 'resources', unknown: resource })
    return job(deps)
  },
  supplies: { create: createFbsSupply, addOrders: addOrdersToFbsSupply, deliver: deliverFbsSupply },
  checkConnection: checkWbConnection
}
