import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { accountTokenKind, requireCategory } from './account-token'
import { wbRoutes } from './client'
import { wbJobClient } from './job-client'
import { wbWarehouseStocksPageLimit } from './limits'
import { availableBudgetSpec } from './transport'
import { staleWbStocksDeletion, wbStocksPageWrite } from './wb-stocks-store'

/** A run's generation (the synced_at of every row it writes) and the offset of the next page. Null between runs. */
const wbStocksCursor = z.object({ generation: z.string(), offset: z.number().int().nonnegative() })
type WbStocksCursor = z.infer<typeof wbStocksCursor>

/**
 * Stock on WB's warehouses, a snapshot of the stocks report read in pages of 250 000 rows; rows the run did not
 * rewrite are removed when it completes. WB serves this report to no plain basic token, which is refused before
 * any request is sent.
 */
export function wbStocksJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['stocks'],
    async run(ctx) {
      availableBudgetSpec(wbRoutes.wbWarehouseStocks, accountTokenKind(deps.account))
      requireCategory(deps.account, 'analytics')
      const client = await wbJobClient(deps, ctx)
      const resumed = wbStocksCursor.safeParse(ctx.cursor)
      let position: WbStocksCursor = resumed.success ? resumed.data : { generation: new Date().toISOString(), offset: 0 }
      const { generation } = position
      for (;;) {
        const items = await client.wbWarehouseStocks({ limit: wbWarehouseStocksPageLimit, offset: position.offset })
        const next: WbStocksCursor = { generation, offset: position.offset + items.length }
        ctx.commitPage(wbStocksPageWrite(accountId, items, generation), next)
        if (items.length < wbWarehouseStocksPageLimit) break
        position = next
      }
      ctx.commitPage(staleWbStocksDeletion(accountId, generation), null)
    }
  }
}
