import { describe, expect, it, vi } from 'vitest'
import type { SyncProgress } from '../../../shared/domain/sync'
import { createSyncProgressStore, liveProgressOf } from './sync-progress-store'

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

describe('sync progress store', () => {
  it('tells a run start, its updates and its end apart', () => {
    const store = createSyncProgressStore()
    expect(store.record(progress({ rows: 0 }))).toBe('started')
    expect(store.record(progress({ rows: 100 }))).toBe('updated')
    expect(store.record(progress({ rows: 250, status: 'succeeded' }))).toBe('finished')
    expect(store.getSnapshot().get('a:products')?.rows).toBe(250)
  })

  it('ignores a repeated end and news of older runs', () => {
    const store = createSyncProgressStore()
    store.record(progress({ runId: 2, status: 'failed' }))
    expect(store.record(progress({ runId: 2, status: 'failed' }))).toBe('stale')
    expect(store.record(progress({ runId: 1, status: 'running' }))).toBe('stale')
    expect(store.record(progress({ runId: 3 }))).toBe('started')
  })

  it('replaces the snapshot and notifies subscribers on every recorded change', () => {
    const store = createSyncProgressStore()
    const listener = vi.fn()
    store.subscribe(listener)
    const before = store.getSnapshot()
    store.record(progress({}))
    expect(store.getSnapshot()).not.toBe(before)
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('liveProgressOf', () => {
  it('sums the rows of running runs of the given accounts and takes the latest rate-limit wait', () => {
    const store = createSyncProgressStore()
    store.record(progress({ accountId: 'a', rows: 100, waitingUntil: 5_000 }))
    store.record(progress({ accountId: 'b', rows: 40, waitingUntil: 9_000 }))
    store.record(progress({ accountId: 'c', rows: 7 }))
    store.record(progress({ accountId: 'd', rows: 999, status: 'succeeded' }))
    expect(liveProgressOf(store.getSnapshot(), ['a', 'b', 'd'])).toEqual({ rows: 140, waitingUntil: 9_000 })
    expect(liveProgressOf(store.getSnapshot(), ['c'])).toEqual({ rows: 7, waitingUntil: null })
  })
})
