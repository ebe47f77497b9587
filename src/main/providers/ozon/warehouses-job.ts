import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { ozonJobClient } from './job-client'
import { ozonWarehouseListLimit } from './limits'
import { warehousesPageWrite, warehousesRunEnd } from './warehouses-store'

/** A run's generation (the synced_at of every row it writes) and Ozon's cursor after the last page. Null between runs. */
const warehousesCursor = z.object({ generation: z.string(), cursor: z.string() })
type WarehousesCursor = z.infer<typeof warehousesCursor>

/**
 * The seller's FBS and rFBS warehouses, a snapshot: pages of 200 are committed with Ozon's cursor, and when the
 * list ends the warehouses the run did not rewrite are removed.
 */
export function warehousesJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    // Warehouse names appear beside stock levels and orders.
    changes: ['stocks', 'orders'],
    async run(ctx) {
      const client = await ozonJobClient(deps, ctx)
      const resumed = warehousesCursor.safeParse(ctx.cursor)
      let position: WarehousesCursor = resumed.success ? resumed.data : { generation: new Date().toISOString(), cursor: '' }
      const { generation } = position
      for (;;) {
        const page = await client.listWarehouses(ozonWarehouseListLimit, position.cursor)
        const more = page.has_next === true && page.cursor !== '' && page.cursor !== position.cursor
        const next: WarehousesCursor = { generation, cursor: page.cursor }
        ctx.commitPage(warehousesPageWrite(accountId, page.warehouses ?? [], generation), more ? next : position)
        if (!more) break
        position = next
      }
      ctx.commitPage(warehousesRunEnd(accountId, generation), null)
    }
  }
}
