import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { requireCategory } from './account-token'
import { fbsSuppliesPageWrite } from './fbs-supplies-store'
import { wbJobClient } from './job-client'
import { wbSuppliesPageLimit } from './limits'

/** WB's `next` for the page after the last one committed; null between runs. */
const fbsSuppliesCursor = z.object({ next: z.number().int() })

/**
 * Every FBS supply, 1000 a page. Supplies are upserted, never removed by a sync: one the seller creates while
 * a sync pages through the list must not vanish from the mirror.
 */
export function fbsSuppliesJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['supplies'],
    async run(ctx) {
      requireCategory(deps.account, 'marketplace')
      const client = await wbJobClient(deps, ctx)
      const resumed = fbsSuppliesCursor.safeParse(ctx.cursor)
      let next = resumed.success ? resumed.data.next : 0
      for (;;) {
        const page = await client.listSupplies({ limit: wbSuppliesPageLimit, next })
        const last = page.supplies.length < wbSuppliesPageLimit
        const syncedAt = new Date().toISOString()
        ctx.commitPage(fbsSuppliesPageWrite(accountId, page.supplies, syncedAt), last ? null : { next: page.next })
        if (last) return
        next = page.next
      }
    }
  }
}
