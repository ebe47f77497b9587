import { z } from 'zod'
import { syncResources } from '../domain/marketplace'
import type { AccountSyncStatus } from '../domain/sync'
import { call } from './define'

export const syncCalls = {
  'sync.start': call<{ started: boolean }>()(
    z.strictObject({ accountId: z.uuid(), resources: z.array(z.enum(syncResources)).min(1).max(10).optional() }),
    ['sync_runs']
  ),
  'sync.cancel': call<{ cancelled: boolean }>()(z.strictObject({ accountId: z.uuid() })),
  'sync.status': call<AccountSyncStatus[]>()(z.strictObject({}))
}
