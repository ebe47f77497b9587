import { useSyncExternalStore } from 'react'
import type { SyncProgress } from '../../../shared/domain/sync'

/** Latest progress per account and resource, keyed by `progressKey`. */
export type SyncProgressMap = ReadonlyMap<string, SyncProgress>

/** What one progress event meant: a run began, moved on, ended, or it is older news than what is known. */
export type ProgressChange = 'started' | 'updated' | 'finished' | 'stale'

function progressKey(progress: Pick<SyncProgress, 'accountId' | 'resource'>): string {
  return `${progress.accountId}:${progress.resource}`
}

export function createSyncProgressStore() {
  let entries: SyncProgressMap = new Map()
  const listeners = new Set<() => void>()

  return {
    getSnapshot: (): SyncProgressMap => entries,

    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    record(progress: SyncProgress): ProgressChange {
      const key = progressKey(progress)
      const previous = entries.get(key)
      const sameRun = previous?.runId === progress.runId
      if (previous && (previous.runId > progress.runId || (sameRun && previous.status !== 'running'))) return 'stale'

      entries = new Map(entries).set(key, progress)
      for (const listener of listeners) listener()
      if (progress.status !== 'running') return 'finished'
      return sameRun ? 'updated' : 'started'
    }
  }
}

export interface LiveSyncProgress {
  /** Rows written so far by the running runs of the given accounts. */
  rows: number
  /** Latest epoch ms a running run waits for rate budget until; null when none waits. */
  waitingUntil: number | null
}

export function liveProgressOf(entries: SyncProgressMap, accountIds: readonly string[]): LiveSyncProgress {
  let rows = 0
  let waitingUntil: number | null = null
  for (const progress of entries.values()) {
    if (progress.status !== 'running' || !accountIds.includes(progress.accountId)) continue
    rows += progress.rows
    if (progress.waitingUntil !== null) waitingUntil = Math.max(waitingUntil ?? 0, progress.waitingUntil)
  }
  return { rows, waitingUntil }
}

/** The app's one store, fed by the 'sync.progress' event (see app/SferaEventsBridge). */
export const syncProgressStore = createSyncProgressStore()

export function useSyncProgress(): SyncProgressMap {
  return useSyncExternalStore(syncProgressStore.subscribe, syncProgressStore.getSnapshot)
}
