import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { ozonFinanceJobClient } from './finance-client'
import { returnsPageWrite } from './returns-store'

/** Where the run is in the list: after the return `lastId` (0 before the first page). */
const returnsCursor = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('running'), lastId: z.number().int().nonnegative() }),
  z.object({ stage: z.literal('idle') })
])
type ReturnsCursor = z.infer<typeof returnsCursor>

/**
 * Every FBS and FBO return, 500 a page after the last one's id, marking the order lines they name 'returned'.
 * Each run reads the whole list: a posting list sync writes a returned line back as Ozon's posting status says
 * (delivered), and the next returns run marks it again, so the mirror ends the same whichever ran last.
 */
export function returnsJob(deps: ProviderDeps): SyncJob {
  const accountId = deps.account.id
  return {
    changes: ['orders'],
    async run(ctx) {
      const client = await ozonFinanceJobClient(deps, ctx)
      const stored = returnsCursor.safeParse(ctx.cursor)
      let lastId = stored.success && stored.data.stage === 'running' ? stored.data.lastId : 0
      for (;;) {
        const page = await client.returns(lastId)
        const returns = page.returns ?? []
        const last = returns.at(-1)
        // A last id that does not move would ask for the same page for ever.
        if (page.has_next !== true || !last || last.id <= lastId) {
          ctx.commitPage(returnsPageWrite(accountId, returns), { stage: 'idle' } satisfies ReturnsCursor)
          return
        }
        lastId = last.id
        ctx.commitPage(returnsPageWrite(accountId, returns), { stage: 'running', lastId } satisfies ReturnsCursor)
      }
    }
  }
}
