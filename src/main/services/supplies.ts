import { SferaError } from '../../shared/domain/errors'
import type { Mirror } from '../db/open'
import type { AccountRecord } from '../db/queries/accounts'
import { providerFor } from '../providers'
import type { ProviderDeps, SupplyWrites } from '../providers/provider'
import { sqliteMirrorAccess, type MirrorAccess } from '../sync/mirror-access'
import type { AccountsService } from './accounts'

const writeTimeoutMs = 120_000

/** Supplies of assembly tasks, on whichever marketplace offers them: each action is that provider's capability. */
export class SuppliesService {
  /** What a provider's supply actions may do to the mirror. */
  private readonly mirror: MirrorAccess

  constructor(
    private readonly deps: {
      mirror: Mirror
      accounts: AccountsService
      providerDeps(account: AccountRecord): ProviderDeps
    }
  ) {
    this.mirror = sqliteMirrorAccess(deps.mirror.sqlite)
  }

  create(accountId: string, name: string, orderIds: number[]): Promise<{ supplyId: string; added: number }> {
    const { writes, deps } = this.capability(accountId)
    return writes.create(deps, this.mirror, { name, orderIds }, AbortSignal.timeout(writeTimeoutMs))
  }

  addOrders(accountId: string, supplyId: string, orderIds: number[]): Promise<{ added: number }> {
    const { writes, deps } = this.capability(accountId)
    return writes.addOrders(deps, this.mirror, supplyId, orderIds, AbortSignal.timeout(writeTimeoutMs))
  }

  async deliver(accountId: string, supplyId: string): Promise<{ delivered: boolean }> {
    const { writes, deps } = this.capability(accountId)
    await writes.deliver(deps, this.mirror, supplyId, AbortSignal.timeout(writeTimeoutMs))
    return { delivered: true }
  }

  private capability(accountId: string): { writes: SupplyWrites; deps: ProviderDeps } {
    const account = this.deps.accounts.require(accountId)
    const writes = providerFor(account.marketplace).supplies
    if (!writes) {
      throw new SferaError('invalid_input', 'У этого маркетплейса нет поставок, которые собирают в приложении', {
        field: 'accountId',
        reason: 'no_supplies'
      })
    }
    return { writes, deps: this.deps.providerDeps(account) }
  }
}
