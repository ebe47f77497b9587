import { SferaError } from '../../shared/domain/errors'
import type { Mirror } from '../db/open'
import type { ProviderDeps } from '../providers/provider'
import { addOrdersToFbsSupply, createFbsSupply, deliverFbsSupply } from '../providers/wildberries/supplies'
import type { AccountsService } from './accounts'

const writeTimeoutMs = 120_000

/** FBS supplies: each action goes to WB first, and the mirror records what WB accepted. */
export class SuppliesService {
  constructor(
    private readonly deps: {
      mirror: Mirror
      accounts: AccountsService
      providerDeps(account: ReturnType<AccountsService['require']>): ProviderDeps
    }
  ) {}

  create(accountId: string, name: string, orderIds: number[]): Promise<{ supplyId: string; added: number }> {
    const deps = this.wildberries(accountId)
    return createFbsSupply(deps, this.deps.mirror.sqlite, { name, orderIds }, AbortSignal.timeout(writeTimeoutMs))
  }

  addOrders(accountId: string, supplyId: string, orderIds: number[]): Promise<{ added: number }> {
    const deps = this.wildberries(accountId)
    return addOrdersToFbsSupply(deps, this.deps.mirror.sqlite, supplyId, orderIds, AbortSignal.timeout(writeTimeoutMs))
  }

  async deliver(accountId: string, supplyId: string): Promise<{ delivered: boolean }> {
    const deps = this.wildberries(accountId)
    await deliverFbsSupply(deps, this.deps.mirror.sqlite, supplyId, AbortSignal.timeout(writeTimeoutMs))
    return { delivered: true }
  }

  private wildberries(accountId: string): ProviderDeps {
    const account = this.deps.accounts.require(accountId)
    if (account.marketplace !== 'wildberries') {
      throw new SferaError('invalid_input', 'Поставки FBS есть только у кабинетов Wildberries', { field: 'accountId' })
    }
    return this.deps.providerDeps(account)
  }
}
