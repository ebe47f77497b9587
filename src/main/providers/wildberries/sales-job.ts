import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { salesPageWrite } from './sales-store'
import { runStatisticsFeed } from './statistics-feed'

/** The statistics sales and returns feed, incrementally by lastChangeDate. */
export function salesJob(deps: ProviderDeps): SyncJob {
  return {
    changes: ['sales'],
    run: (ctx) =>
      runStatisticsFeed(deps, ctx, {
        fetch: (client, dateFrom) => client.statisticsSales(dateFrom),
        pageWrite: salesPageWrite
      })
  }
}
