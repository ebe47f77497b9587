import { describe, expect, it } from 'vitest'
import type { AccountSyncStatus } from '../../../shared/domain/sync'
import { hasEverSynced, isAnySyncRunning, lastSyncedAt, offlineStatusOf } from './sync-summary'

function status(accountId: string, overrides: Partial<AccountSyncStatus> = {}): AccountSyncStatus {
  return { accountId, resources: ['products', 'warehouses', 'fbs_stocks', 'wb_stocks', 'fbs_orders', 'fbs_supplies', 'orders', 'sales', 'fbw_supplies'], running: false, lastRuns: [], lastSucceededAt: null, offline: false, ...overrides }
}

const statuses = [
  status('a', { lastSucceededAt: '2026-11-28T10:00:00.000Z' }),
  status('b', { lastSucceededAt: '2026-11-27T09:00:00.000Z', offline: true }),
  status('c', { running: true })
]

describe('sync summary', () => {
  it('gives the oldest last sync of the accounts, or none when one was never synced', () => {
    expect(lastSyncedAt(statuses, ['a'])).toBe('2026-11-28T10:00:00.000Z')
    expect(lastSyncedAt(statuses, ['a', 'b'])).toBe('2026-11-27T09:00:00.000Z')
    expect(lastSyncedAt(statuses, ['a', 'c'])).toBeNull()
    expect(lastSyncedAt(statuses, ['a', 'unknown'])).toBeNull()
    expect(lastSyncedAt(statuses, [])).toBeNull()
  })

  it('knows whether any account runs, ever synced, or is offline', () => {
    expect(isAnySyncRunning(statuses, ['a', 'b'])).toBe(false)
    expect(isAnySyncRunning(statuses, ['a', 'c'])).toBe(true)
    expect(hasEverSynced(statuses, ['c'])).toBe(false)
    expect(hasEverSynced(statuses, ['b', 'c'])).toBe(true)
    expect(offlineStatusOf(statuses, ['a'])).toBeNull()
    expect(offlineStatusOf(statuses, ['a', 'b'])?.accountId).toBe('b')
  })
})
