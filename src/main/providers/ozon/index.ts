import { SferaError } from '../../../shared/domain/errors'
import type { SyncJob, SyncResourceDeclaration } from '../../sync/job'
import type { Provider, ProviderDeps } from '../provider'
import { inspectOzonFields, ozonAccountFields } from './account-fields'
import { analyticsJob } from './analytics-job'
import { ozonPackaging } from './fbs-packaging'
import { checkOzonConnection, inspectOzonKey } from './health'
import { ozonHosts } from './hosts'
import { missingOzonMethods } from './key-roles'
import { ordersJob } from './orders-job'
import { productsJob } from './products-job'
import { returnsJob } from './returns-job'
import { salesJob } from './sales-job'
import { stocksJob } from './stocks-job'
import { warehousesJob } from './warehouses-job'

/**
 * What an Ozon cabinet syncs, in the order screens list it. Stocks are asked for by the products' SKUs on the
 * seller's warehouses; order lines name offers, whose products the catalog gives. Sales name the order lines they
 * pay for, and returns mark them, so both come after the orders.
 */
const resources: ReadonlyArray<SyncResourceDeclaration & { job: (deps: ProviderDeps) => SyncJob }> = [
  { id: 'products', job: productsJob },
  { id: 'warehouses', job: warehousesJob },
  { id: 'stocks', job: stocksJob, dependsOn: ['products', 'warehouses'] },
  { id: 'orders', job: ordersJob, dependsOn: ['products'] },
  { id: 'sales', job: salesJob, dependsOn: ['products', 'orders'] },
  { id: 'returns', job: returnsJob, dependsOn: ['products', 'orders'] },
  { id: 'analytics', job: analyticsJob }
]
const jobs = new Map(resources.map((resource) => [resource.id, resource.job]))

export const ozonProvider: Provider = {
  marketplace: 'ozon',
  title: 'Ozon',
  hosts: ozonHosts,
  resources: resources.map(({ id, dependsOn }) => (dependsOn ? { id, dependsOn } : { id })),
  accountFields: ozonAccountFields,
  inspectFields: inspectOzonFields,
  inspectKey: inspectOzonKey,
  missingCategories: missingOzonMethods,
  createSyncJob: (resource, deps) => {
    const job = jobs.get(resource)
    if (!job) throw new SferaError('invalid_input', `У Ozon нет раздела ${resource}`, { field: 'resources', unknown: resource })
    return job(deps)
  },
  packaging: ozonPackaging,
  checkConnection: checkOzonConnection
}
