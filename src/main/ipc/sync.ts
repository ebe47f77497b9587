import type { AccountsService } from '../services/accounts'
import type { SyncEngine } from '../sync/engine'
import type { DomainHandlers } from './handler'

export function syncHandlers(sync: SyncEngine, accounts: AccountsService): DomainHandlers<'sync'> {
  return {
    'sync.start': (input) => sync.start(accounts.require(input.accountId), input.resources),
    'sync.cancel': (input) => ({ cancelled: sync.cancel(input.accountId) }),
    'sync.status': () => sync.status()
  }
}
