import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { ordersPageWrite } from './orders-store'
import { runStatisticsFeed } from './statistics-feed'

/** The statistics orders feed (every fulfilment type), incrementally by lastChangeDate. */
export function ordersJob(deps: ProviderDeps): SyncJob {
  return {
    changes: ['orders'],
    run: (ctx) =>
      runStatisticsFeed(deps, ctx, {
        fetch: (client, dateFrom) => client.statisticsOrders(dateFrom),
        pageWrite: ordersPageWrite
      })
  }
}
