import { afterAll, beforeAll, describe, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from '../../../sandbox/ozon'
import { startOzonTestBench } from '../../../test-support/ozon-test-bench'
import { expectResumeAfterStops } from '../../../test-support/resume-harness'
import { ozonProvider } from '.'

/** The tables an Ozon cabinet fills: the neutral ones, the day totals and Ozon's own. */
const mirroredTables = [
  'products', 'offers', 'warehouses', 'stock_levels', 'orders', 'order_day_totals', 'sales', 'sale_day_totals',
  'ozon_product_details', 'ozon_order_details', 'ozon_sale_details', 'ozon_analytics_daily'
]

describe('an Ozon sync stopped at random points', () => {
  let sandbox: OzonSandbox
  beforeAll(async () => {
    sandbox = await startOzonSandbox({ products: 2300, postings: 1500, rateLimits: false })
  })
  afterAll(() => sandbox.close())

  it('resumes from its cursors and ends with the same mirror as an uninterrupted sync, which a re-sync leaves as it is', { timeout: 120_000 }, () =>
    expectResumeAfterStops({
      open: (now) => startOzonTestBench({ sharedSandbox: sandbox, now }),
      resources: ozonProvider.resources.map((r) => r.id),
      tables: mirroredTables
    }))
})
