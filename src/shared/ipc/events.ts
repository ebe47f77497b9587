import type { SyncProgress } from '../domain/sync'
import type { Dataset } from '../domain/datasets'
import { event } from './define'

export const events = {
  'sync.progress': event<SyncProgress>(),
  /** Main changed these datasets; queries that read them are stale. */
  'data.changed': event<{ datasets: Dataset[] }>()
}
