import { z } from 'zod'
import type { SyncJob } from '../../sync/job'
import { prefetch } from '../../sync/prefetch'
import type { ProviderDeps } from '../provider'
import type { OzonProductListVisibility } from './client'
import { ozonJobClient } from './job-client'
import { ozonProductListLimit } from './limits'
import { productsPageWrite } from './products-store'

/** The product list's visibilities that together are every product: the catalogue, then the archive. */
const visibilities = ['ALL', 'ARCHIVED'] as const satisfies readonly OzonProductListVisibility[]

/**
 * Where a run stands: the visibility it lists and the last_id after the last committed page ('' for its first).
 * Null between runs: every run reads them all.
 */
const productsCursor = z.object({ visibility: z.enum(visibilities), lastId: z.string() })
type ProductsCursor = z.infer<typeof productsCursor>

/**
 * Every product card, the archived ones too: a page of up to 1000 ids from the product list, then their cards from
 * the info method (it takes at most 1000 ids), committed with the list's last_id. The list has no changed-since
 * filter, so each run walks all of it; a page shorter than asked for, or no last_id, ends a visibility
 * (result.total is not relied on: Ozon is switching it off).
 */
export function productsJob(deps: ProviderDeps): SyncJob {
  return {
    changes: ['products'],
    async run(ctx) {
      const client = await ozonJobClient(deps, ctx)
      const resumed = productsCursor.safeParse(ctx.cursor)
      let position: ProductsCursor = resumed.success ? resumed.data : { visibility: 'ALL', lastId: '' }
      const list = ({ visibility, lastId }: ProductsCursor) => prefetch(() => client.listProducts(visibility, ozonProductListLimit, lastId))
      let pending = list(position)
      for (;;) {
        const page = (await pending).result
        const ids = page.items.map((item) => item.product_id)
        const following = visibilities[visibilities.indexOf(position.visibility) + 1]
        const next: ProductsCursor | null =
          ids.length === ozonProductListLimit && page.last_id !== ''
            ? { visibility: position.visibility, lastId: page.last_id }
            : following
              ? { visibility: following, lastId: '' }
              : null
        // The next ids are on their way while this page's cards are fetched and written.
        if (next) pending = list(next)
        const items = ids.length > 0 ? await client.productInfo(ids) : []
        ctx.commitPage(productsPageWrite(deps.account.id, items, new Date().toISOString()), next)
        if (!next) return
        position = next
      }
    }
  }
}
