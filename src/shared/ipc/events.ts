import type { SyncProgress } from '../domain/sync'
import type { TableName } from '../domain/tables'
import { event } from './define'

export const events = {
  'sync.progress': event<SyncProgress>(),
  /** Main wrote these tables; queries that read them are stale. */
  'data.changed': event<{ tables: TableName[] }>()
}
