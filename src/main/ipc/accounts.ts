import type { AccountsService } from '../services/accounts'
import type { DomainHandlers } from './handler'

export function accountsHandlers(accounts: AccountsService): DomainHandlers<'accounts'> {
  return {
    'accounts.list': () => accounts.list(),
    'accounts.marketplaces': () => accounts.marketplaces(),
    'accounts.create': (input) => accounts.create(input),
    'accounts.update': (input) => accounts.update(input),
    'accounts.remove': (input) => accounts.remove(input.id),
    'accounts.createDemo': () => accounts.createDemo(),
    'accounts.checkConnection': (input) => accounts.checkConnection(input.id)
  }
}
