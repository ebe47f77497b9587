import { z } from 'zod'
import type { SyncJob, SyncJobContext } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { requireCategory } from './account-token'
import {
  chrtIdsAfter,
  fbsStocksPageWrite,
  sellerWarehousesFrom,
  staleFbsStocksDeletion,
  type FbsStocksChunk,
  type FbsStocksPosition
} from './fbs-stocks-store'
import { wbJobClient } from './job-client'

/**
 * Where a run stands: its generation (the synced_at every row it writes gets) and the last chunk done.
 * Null between runs.
 */
const fbsStocksCursor = z.object({ generation: z.string(), warehouseId: z.number().int(), afterChrtId: z.number().int() })
type FbsStocksCursor = z.infer<typeof fbsStocksCursor>

/**
 * Stock of every size on every active seller warehouse, a snapshot: sizes are asked about 1000 at a time, each
 * answer committed with its position, and rows the run did not rewrite are removed when it completes.
 */
export function fbsStocksJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['stocks'],
    async run(ctx) {
      requireCategory(deps.account, 'marketplace')
      const client = await wbJobClient(deps, ctx)
      const resumed = fbsStocksCursor.safeParse(ctx.cursor)
      const start: FbsStocksCursor = resumed.success
        ? resumed.data
        : { generation: new Date().toISOString(), warehouseId: 0, afterChrtId: 0 }
      const { generation } = start
      let chunk = nextChunk(ctx, accountId, start)
      while (chunk) {
        const { warehouseId, chrtIds } = chunk
        const stocks = await client.fbsStocks(warehouseId, chrtIds)
        const done: FbsStocksCursor = { generation, warehouseId, afterChrtId: chrtIds[chrtIds.length - 1] ?? 0 }
        ctx.commitPage(fbsStocksPageWrite(accountId, warehouseId, stocks, generation), done)
        chunk = nextChunk(ctx, accountId, done)
      }
      ctx.commitPage(staleFbsStocksDeletion(accountId, generation), null)
    }
  }
}

/** The next chunk of size IDs to ask about, walking the seller's warehouses and the sizes in ID order. */
function nextChunk(ctx: SyncJobContext, accountId: string, from: FbsStocksPosition): FbsStocksChunk | null {
  for (const { warehouseId } of ctx.read<{ warehouseId: number }>(sellerWarehousesFrom(accountId, from.warehouseId))) {
    const after = warehouseId === from.warehouseId ? from.afterChrtId : 0
    const chrtIds = ctx.read<{ chrtId: number }>(chrtIdsAfter(accountId, after)).map((row) => row.chrtId)
    if (chrtIds.length > 0) return { warehouseId, chrtIds }
  }
  return null
}
