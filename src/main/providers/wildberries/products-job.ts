import { prefetch } from '../../sync/prefetch'
import type { SyncJob } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { wbJobClient } from './job-client'
import { wbCardsPageLimit } from './limits'
import { cardsPageWrite } from './store'
import { wbCardsCursor, type WbCardsCursor } from './types'

/**
 * Product cards and their sizes, incrementally: cards come sorted by updatedAt ascending, and the cursor of
 * the last committed page makes the next sync fetch only what changed since (and resume after a crash).
 */
export function productsJob(deps: ProviderDeps): SyncJob {
  return {
    changes: ['products'],
    async run(ctx) {
      const client = await wbJobClient(deps, ctx)
      const stored = wbCardsCursor.safeParse(ctx.cursor)
      let pending = prefetch(() => client.listCards(wbCardsPageLimit, stored.success ? stored.data : null))
      for (;;) {
        const page = await pending
        const { updatedAt, nmID } = page.cursor
        const next: WbCardsCursor | null =
          page.cards.length > 0 && updatedAt !== undefined && nmID !== undefined ? { updatedAt, nmID } : null
        const more = next !== null && page.cursor.total >= wbCardsPageLimit
        if (more) pending = prefetch(() => client.listCards(wbCardsPageLimit, next))
        if (next) {
          const syncedAt = new Date().toISOString()
          await ctx.commitBulk(() => cardsPageWrite(deps.account.id, page.cards, syncedAt), next)
        }
        if (!more) return
      }
    }
  }
}
