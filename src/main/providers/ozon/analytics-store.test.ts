import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempOzonMirror, type TempOzonMirror } from '../../../test-support/ozon-mirror'
import { applyPageWrite } from '../../sync/page-write'
import { analyticsPageWrite } from './analytics-store'
import { ozonAnalyticsPage } from './analytics-types'

describe('Ozon analytics rows', () => {
  let temp: TempOzonMirror
  beforeEach(() => {
    temp = openTempOzonMirror()
  })
  afterEach(() => temp.close())

  const page = ozonAnalyticsPage.parse({
    result: {
      data: [
        { dimensions: [{ id: '1904686181', name: 'Сумка' }, { id: '2026-03-01', name: '' }], metrics: [2400.1, 2, 1, 0] },
        { dimensions: [{ id: '55', name: 'Ремень' }, { id: '2026-03-02', name: '' }], metrics: [0.1 + 0.2, 1, 0, 1] }
      ],
      totals: [2400.4, 3, 1, 1]
    },
    timestamp: '2026-03-03 10:00:00'
  })

  it('keeps revenue in kopecks and, with Premium metrics, returns and cancellations per SKU and day', () => {
    expect(applyPageWrite(temp.mirror.sqlite, analyticsPageWrite('a', page.result.data!, true, 'now'))).toBe(2)
    expect(temp.mirror.sqlite.prepare('SELECT sku, day, revenue_kopecks, ordered_units, returned_units, cancelled_units FROM ozon_analytics_daily ORDER BY day').all()).toEqual([
      { sku: 1904686181, day: '2026-03-01', revenue_kopecks: 240010, ordered_units: 2, returned_units: 1, cancelled_units: 0 },
      { sku: 55, day: '2026-03-02', revenue_kopecks: 30, ordered_units: 1, returned_units: 0, cancelled_units: 1 }
    ])
  })

  it('leaves returns and cancellations unknown without them', () => {
    const free = page.result.data!.map((row) => ({ ...row, metrics: row.metrics.slice(0, 2) }))
    applyPageWrite(temp.mirror.sqlite, analyticsPageWrite('a', free, false, 'now'))
    expect(temp.mirror.sqlite.prepare('SELECT returned_units, cancelled_units FROM ozon_analytics_daily').all()).toEqual([
      { returned_units: null, cancelled_units: null },
      { returned_units: null, cancelled_units: null }
    ])
  })

  it('refuses a row whose dimensions are not a SKU and a day', () => {
    expect(ozonAnalyticsPage.safeParse({ result: { data: [{ dimensions: [{ id: 'abc' }, { id: '2026-03-01' }], metrics: [1, 1] }] } }).success).toBe(false)
  })
})
