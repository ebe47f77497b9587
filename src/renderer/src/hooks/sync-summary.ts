import type { AccountSyncStatus } from '../../../shared/domain/sync'

function statusesOf(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): AccountSyncStatus[] {
  return statuses.filter((status) => accountIds.includes(status.accountId))
}

export function isAnySyncRunning(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): boolean {
  return statusesOf(statuses, accountIds).some((status) => status.running)
}

/**
 * How fresh the shown data is: the oldest last successful sync among the accounts, or null when one of
 * them has never been synced (its data is not there at all).
 */
export function lastSyncedAt(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): string | null {
  const known = statusesOf(statuses, accountIds)
  if (known.length < accountIds.length || known.length === 0) return null
  let oldest: string | null = null
  for (const { lastSucceededAt } of known) {
    if (lastSucceededAt === null) return null
    if (oldest === null || Date.parse(lastSucceededAt) < Date.parse(oldest)) oldest = lastSucceededAt
  }
  return oldest
}

/** Whether any of the accounts has ever finished a sync (some of its data is in the mirror). */
export function hasEverSynced(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): boolean {
  return statusesOf(statuses, accountIds).some((status) => status.lastSucceededAt !== null)
}

/** The first offline account's status: its last successful sync is the age of what the seller sees. */
export function offlineStatusOf(statuses: readonly AccountSyncStatus[], accountIds: readonly string[]): AccountSyncStatus | null {
  return statusesOf(statuses, accountIds).find((status) => status.offline) ?? null
}
