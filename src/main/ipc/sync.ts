import type { AccountsService } from '../services/accounts'
import type { SyncEngine } from '../sync/engine'
import type { SyncScheduler } from '../sync/scheduler'
import type { DomainHandlers } from './handler'

export function syncHandlers(sync: SyncEngine, accounts: AccountsService, scheduler: SyncScheduler): DomainHandlers<'sync'> {
  return {
    'sync.start': (input) => sync.start(accounts.require(input.accountId), input.resources),
    'sync.startAll': () => ({ started: sync.startAll() }),
    'sync.getSchedule': () => scheduler.get(),
    'sync.setSchedule': (input) => scheduler.set(input.intervalMinutes),
    'sync.cancel': (input) => ({ cancelled: sync.cancel(input.accountId) }),
    'sync.status': () => sync.status()
  }
}
