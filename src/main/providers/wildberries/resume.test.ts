import { afterAll, beforeAll, describe, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from '../../../sandbox/wildberries'
import { wildberriesProvider } from '.'
import { tableNames } from '../../db/table-names'
import { startWbTestBench } from '../../../test-support/wb-test-bench'
import { expectResumeAfterStops } from '../../../test-support/resume-harness'

/** Every mirrored table, the neutral ones, WB's details and the day totals, without the cabinet and run bookkeeping. */
const mirroredTables = tableNames.filter((table) => !['accounts', 'sync_runs', 'sync_cursors'].includes(table))

describe('a sync stopped at random points', () => {
  let sandbox: WbSandbox
  beforeAll(async () => {
    sandbox = await startWbSandbox({
      cardCount: 1100,
      fbsOrderCount: 2600,
      orderCount: 6000,
      saleCount: 4500,
      statisticsPageSize: 700,
      rateLimits: false
    })
  })
  afterAll(() => sandbox.close())

  it('resumes from its cursors and ends with the same mirror as an uninterrupted sync, which a re-sync leaves as it is', { timeout: 120_000 }, () =>
    expectResumeAfterStops({
      open: (now) => startWbTestBench({ sharedSandbox: sandbox, now }),
      resources: wildberriesProvider.resources.map((r) => r.id),
      tables: mirroredTables,
      // A WB cabinet fills every mirrored table but the other marketplaces' own.
      fills: (table) => !table.startsWith('ozon_')
    }))
})
