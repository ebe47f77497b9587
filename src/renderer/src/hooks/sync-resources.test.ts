import { describe, expect, it } from 'vitest'
import type { AccountSyncStatus, SyncProgress, SyncRunSummary } from '../../../shared/domain/sync'
import { createSyncProgressStore } from './sync-progress-store'
import { createCabinetSyncTracker, lastRunsByResource, resourcesOf, runningResources } from './sync-resources'

function progress(overrides: Partial<SyncProgress>): SyncProgress {
  return {
    runId: 1,
    accountId: 'a',
    resource: 'products',
    status: 'running',
    rows: 0,
    pages: 0,
    requests: 0,
    rateLimited: 0,
    waitingUntil: null,
    error: null,
    ...overrides
  }
}

function status(accountId: string, overrides: Partial<AccountSyncStatus> = {}): AccountSyncStatus {
  return { accountId, resources: ['products', 'warehouses', 'fbs_stocks', 'wb_stocks', 'fbs_orders', 'fbs_supplies', 'orders', 'sales', 'fbw_supplies'], running: false, lastRuns: [], lastSucceededAt: null, offline: false, ...overrides }
}

function run(overrides: Partial<SyncRunSummary>): SyncRunSummary {
  return { runId: 1, resource: 'products', status: 'succeeded', startedAt: '2026-11-28T10:00:00Z', finishedAt: '2026-11-28T10:01:00Z', rows: 0, error: null, ...overrides }
}

describe('resourcesOf', () => {
  it("lists each resource of the selected cabinets once, in their marketplaces' order", () => {
    const statuses = [status('a', { resources: ['products', 'orders'] }), status('b', { resources: ['products', 'postings'] }), status('c', { resources: ['skipped'] })]
    expect(resourcesOf(statuses, ['a', 'b'])).toEqual(['products', 'orders', 'postings'])
    expect(resourcesOf(statuses, [])).toEqual([])
  })
})

describe('runningResources', () => {
  it('sums the running runs of the given cabinets per resource', () => {
    const store = createSyncProgressStore()
    store.record(progress({ accountId: 'a', resource: 'orders', rows: 100, requests: 2, waitingUntil: 5_000 }))
    store.record(progress({ accountId: 'b', resource: 'orders', rows: 50, requests: 1, rateLimited: 1, waitingUntil: 9_000 }))
    store.record(progress({ accountId: 'a', resource: 'sales', rows: 7, status: 'succeeded' }))
    store.record(progress({ accountId: 'c', resource: 'sales', rows: 1 }))
    const live = runningResources(store.getSnapshot(), ['a', 'b'])
    expect([...live.keys()]).toEqual(['orders'])
    expect(live.get('orders')).toEqual({ rows: 150, requests: 3, rateLimited: 1, waitingUntil: 9_000 })
  })
})

describe('lastRunsByResource', () => {
  it('takes each cabinet\'s last run per resource, the worst status and the summed rows', () => {
    const statuses = [
      status('a', {
        lastRuns: [
          run({ resource: 'sales', rows: 10, finishedAt: '2026-11-28T12:00:00Z' }),
          run({ resource: 'sales', status: 'failed', rows: 0 }),
          run({ resource: 'products', rows: 5 })
        ]
      }),
      status('b', { lastRuns: [run({ resource: 'sales', status: 'failed', rows: 1, error: { code: 'timeout', message: 'x' } })] })
    ]
    const last = lastRunsByResource(statuses, ['a', 'b'])
    expect(last.get('sales')).toMatchObject({ status: 'failed', rows: 11, finishedAt: '2026-11-28T12:00:00Z', error: { code: 'timeout' } })
    expect(last.get('products')).toMatchObject({ status: 'succeeded', rows: 5 })
    expect(lastRunsByResource(statuses, ['a']).get('sales')?.status).toBe('succeeded')
  })
})

describe('cabinet sync tracker', () => {
  it('ends a cabinet sync once sync.status fetched after the last event says it no longer runs', () => {
    const tracker = createCabinetSyncTracker()
    tracker.record(progress({ runId: 1, resource: 'products' }), 'started', 100)
    tracker.record(progress({ runId: 2, resource: 'sales' }), 'started', 110)
    tracker.record(progress({ runId: 1, resource: 'products', status: 'succeeded', rows: 1250 }), 'finished', 200)
    // Between resources: a dependent one has not started yet, but main still runs the cabinet.
    expect(tracker.settle([status('a', { running: true })], 250)).toEqual([])
    tracker.record(progress({ runId: 2, resource: 'sales', status: 'failed', error: { code: 'timeout', message: 'x' } }), 'finished', 300)
    // An answer from before the last event says nothing about the end.
    expect(tracker.settle([status('a')], 290)).toEqual([])
    const [ended] = tracker.settle([status('a')], 310)
    expect(ended?.outcome).toBe('partial')
    expect(ended?.runs.map((r) => [r.resource, r.status, r.rows])).toEqual([
      ['products', 'succeeded', 1250],
      ['sales', 'failed', 0]
    ])
    expect(tracker.settle([status('a')], 400)).toEqual([])
  })

  it('does not end a sync while one of its runs still reports running', () => {
    const tracker = createCabinetSyncTracker()
    tracker.record(progress({ resource: 'orders' }), 'started', 100)
    expect(tracker.settle([status('a')], 500)).toEqual([])
  })

  it('tells a clean, a failed and a cancelled sync apart, and ignores stale news', () => {
    const tracker = createCabinetSyncTracker()
    tracker.record(progress({ accountId: 'a', status: 'succeeded' }), 'finished', 1)
    tracker.record(progress({ accountId: 'b', status: 'failed' }), 'finished', 1)
    tracker.record(progress({ accountId: 'c', status: 'cancelled' }), 'finished', 1)
    tracker.record(progress({ accountId: 'd', status: 'failed' }), 'stale', 1)
    const ended = tracker.settle([status('a'), status('b'), status('c'), status('d')], 2)
    expect(ended.map((e) => [e.accountId, e.outcome])).toEqual([
      ['a', 'succeeded'],
      ['b', 'failed'],
      ['c', 'cancelled']
    ])
  })

  it('drops the sync of a cabinet that was removed', () => {
    const tracker = createCabinetSyncTracker()
    tracker.record(progress({ status: 'succeeded' }), 'finished', 1)
    expect(tracker.settle([], 2)).toEqual([])
    expect(tracker.settle([status('a')], 3)).toEqual([])
  })
})
