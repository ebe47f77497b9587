import { z } from 'zod'
import type { SyncJob, SyncJobContext } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import type { OzonClient } from './client'
import { ozonJobClient } from './job-client'
import { ozonStocksListLimit } from './limits'
import { fboStocksPageWrite, sellerStocksPageWrite, skuOffersAfter, staleStocksDeletion, type SkuOffer } from './stocks-store'

/**
 * Where a run stands: its generation (the synced_at of every row it writes) and the last batch done, of the
 * seller's stock (by SKU) and then of the FBO totals (by Ozon's cursor). Null between runs.
 */
const stocksCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('seller'), generation: z.string(), afterSku: z.number().int().nonnegative() }),
  z.object({ stage: z.literal('fbo'), generation: z.string(), cursor: z.string() })
])
type StocksCursor = z.infer<typeof stocksCursor>
type FboStage = Extract<StocksCursor, { stage: 'fbo' }>

/**
 * Stock of every product, a snapshot: the seller's per warehouse (FBS and rFBS) for the mirror's SKUs 500 at a
 * time, then Ozon's FBO totals; each batch is committed with its position, and rows the run did not rewrite are
 * removed when it completes.
 */
export function stocksJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['stocks'],
    async run(ctx) {
      const client = await ozonJobClient(deps, ctx)
      const resumed = stocksCursor.safeParse(ctx.cursor)
      let position: StocksCursor = resumed.success ? resumed.data : { stage: 'seller', generation: new Date().toISOString(), afterSku: 0 }
      if (position.stage === 'seller') position = await syncSellerStocks(ctx, client, accountId, position.generation, position.afterSku)
      await syncFboStocks(ctx, client, accountId, position)
      ctx.commitPage(staleStocksDeletion(accountId, position.generation), null)
    }
  }
}

async function syncSellerStocks(ctx: SyncJobContext, client: OzonClient, accountId: string, generation: string, from: number): Promise<FboStage> {
  const batchAfter = (afterSku: number) => ctx.read<SkuOffer>(skuOffersAfter(accountId, afterSku))
  let batch = batchAfter(from)
  while (batch.length > 0) {
    const stocks = await client.warehouseStocks(batch.map((row) => row.sku))
    const afterSku = batch[batch.length - 1]!.sku
    ctx.commitPage(sellerStocksPageWrite(accountId, batch, stocks, generation), { stage: 'seller', generation, afterSku } satisfies StocksCursor)
    batch = batchAfter(afterSku)
  }
  return { stage: 'fbo', generation, cursor: '' }
}

/** A page shorter than asked for, or no cursor to go on with, is the last (the response's total is not relied on). */
async function syncFboStocks(ctx: SyncJobContext, client: OzonClient, accountId: string, start: FboStage): Promise<void> {
  let position = start
  for (;;) {
    const page = await client.stockTotals(ozonStocksListLimit, position.cursor)
    const items = page.items ?? []
    const more = items.length === ozonStocksListLimit && page.cursor !== '' && page.cursor !== position.cursor
    const next: FboStage = more ? { ...position, cursor: page.cursor } : position
    ctx.commitPage(fboStocksPageWrite(accountId, items, position.generation), next)
    if (!more) return
    position = next
  }
}
