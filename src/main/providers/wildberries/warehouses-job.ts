import { SferaError } from '../../../shared/domain/errors'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { accountHasCategory, requireCategory } from './account-token'
import type { WbClient } from './client'
import type { WbFbwWarehouse } from './fbw-types'
import { wbJobClient } from './job-client'
import { fbwWarehouseRow, officeRow, sellerWarehouseRow, warehousesPageWrite } from './warehouses-store'

/**
 * The seller's warehouses and WB's offices (marketplace), then WB's own FBW warehouses (supplies). Each list
 * is small and whole, so each is one page that replaces what the mirror held; nothing to resume. WB's
 * warehouses are skipped for a token without the supplies category rather than failing the seller's own.
 */
export function warehousesJob(deps: ProviderDeps): SyncJob {
  const { account } = deps
  return {
    // Warehouse names appear beside stock levels and FBS tasks.
    changes: ['stocks', 'orders'],
    async run(ctx) {
      requireCategory(account, 'marketplace')
      const client = await wbJobClient(deps, ctx)
      const syncedAt = new Date().toISOString()
      const [sellers, offices] = await Promise.all([client.listSellerWarehouses(), client.listOffices()])
      const rows = [...sellers.map(sellerWarehouseRow), ...offices.map(officeRow)]
      ctx.commitPage(warehousesPageWrite(account.id, ['seller', 'office'], rows, syncedAt), null)
      if (!accountHasCategory(account, 'supplies')) return
      const fbw = await listFbwWarehousesIfAllowed(client)
      if (fbw) ctx.commitPage(warehousesPageWrite(account.id, ['wb'], fbw.map(fbwWarehouseRow), syncedAt), null)
    }
  }
}

/**
 * A basic token may list WB's warehouses once in 12 hours. They change rarely, so when the budget is spent the
 * mirror keeps the last list rather than failing the seller's warehouses with it.
 */
async function listFbwWarehousesIfAllowed(client: WbClient): Promise<WbFbwWarehouse[] | null> {
  try {
    return await client.listFbwWarehouses()
  } catch (error) {
    if (error instanceof SferaError && error.code === 'rate_limited') return null
    throw error
  }
}
