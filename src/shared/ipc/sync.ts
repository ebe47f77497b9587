import { z } from 'zod'
import { syncResourcePattern } from '../domain/marketplace'
import type { AccountSyncStatus } from '../domain/sync'
import { call } from './define'

export interface SyncSchedule {
  intervalMinutes: number | null
  /** Epoch ms of the next background run, when scheduled. */
  nextRunAt: number | null
}

export const syncCalls = {
  'sync.start': call<{ started: boolean }>()(
    // Names only: main checks them against what the cabinet's marketplace declares.
    z.strictObject({ accountId: z.uuid(), resources: z.array(z.string().regex(syncResourcePattern)).min(1).max(50).optional() }),
    { changes: ['sync'] }
  ),
  /** Every resource of every cabinet; cabinets already syncing are left to finish. */
  'sync.startAll': call<{ started: number }>()(z.strictObject({}), { changes: ['sync'] }),
  'sync.cancel': call<{ cancelled: boolean }>()(z.strictObject({ accountId: z.uuid() })),
  'sync.status': call<AccountSyncStatus[]>()(z.strictObject({}), { reads: ['sync', 'accounts'] }),
  /** Background sync of all cabinets; off (null) by default. */
  'sync.getSchedule': call<SyncSchedule>()(z.strictObject({}), { reads: ['sync'] }),
  'sync.setSchedule': call<SyncSchedule>()(
    z.strictObject({ intervalMinutes: z.union([z.null(), z.int().min(15).max(1440)]) })
  )
}
