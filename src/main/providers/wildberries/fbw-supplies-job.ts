import { z } from 'zod'
import { SferaError } from '../../../shared/domain/errors'
import type { SyncJob, SyncJobContext } from '../../sync/job'
import { emptyPageWrite } from '../../sync/page-write'
import type { ProviderDeps } from '../provider'
import { requireCategory } from './account-token'
import type { WbClient } from './client'
import type { WbFbwSupplyDetails } from './fbw-types'
import { fbwSuppliesPageWrite, fbwSupplyDetailsPageWrite, supplyNeedingDetails, type FbwSupplyNeedingDetails } from './fbw-supplies-store'
import { wbJobClient } from './job-client'
import { wbFbwSuppliesPageLimit } from './limits'

/** Null between runs. */
const fbwSuppliesCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('list'), offset: z.number().int().nonnegative() }),
  z.object({ stage: z.literal('details') })
])
type FbwSuppliesCursor = z.infer<typeof fbwSuppliesCursor>

/**
 * FBW supplies: the list (1000 a page), then details for each supply that is new or changed since its details
 * were read. Details cost one request each on a 30-a-minute budget, so unchanged supplies are not asked again.
 */
export function fbwSuppliesJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['supplies'],
    async run(ctx) {
      requireCategory(deps.account, 'supplies')
      const client = await wbJobClient(deps, ctx)
      const resumed = fbwSuppliesCursor.safeParse(ctx.cursor)
      let cursor: FbwSuppliesCursor = resumed.success ? resumed.data : { stage: 'list', offset: 0 }
      while (cursor.stage === 'list') {
        const { offset } = cursor
        const page = await client.listFbwSupplies({ limit: wbFbwSuppliesPageLimit, offset })
        const next: FbwSuppliesCursor =
          page.length < wbFbwSuppliesPageLimit ? { stage: 'details' } : { stage: 'list', offset: offset + page.length }
        const syncedAt = new Date().toISOString()
        ctx.commitPage(fbwSuppliesPageWrite(accountId, page, syncedAt), next)
        cursor = next
      }
      await syncDetails(ctx, client, accountId, cursor)
      ctx.commitPage(emptyPageWrite, null)
    }
  }
}

async function syncDetails(ctx: SyncJobContext, client: WbClient, accountId: string, cursor: FbwSuppliesCursor): Promise<void> {
  const nextSupply = () => ctx.read<FbwSupplyNeedingDetails>(supplyNeedingDetails(accountId))[0] ?? null
  let supply = nextSupply()
  while (supply) {
    const details = await detailsOf(client, supply)
    const syncedAt = new Date().toISOString()
    ctx.commitPage(fbwSupplyDetailsPageWrite(accountId, supply.supplyKey, details, syncedAt), cursor)
    supply = nextSupply()
  }
}

/** A supply WB lists but cannot find details for (404) is recorded as having none, so it is not asked again. */
async function detailsOf(client: WbClient, supply: FbwSupplyNeedingDetails): Promise<WbFbwSupplyDetails | null> {
  const id = supply.supplyId !== null ? { supplyId: supply.supplyId } : { preorderId: supply.preorderId ?? 0 }
  try {
    return await client.fbwSupplyDetails(id)
  } catch (error) {
    if (error instanceof SferaError && error.params?.status === 404) return null
    throw error
  }
}
