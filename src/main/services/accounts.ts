import { randomUUID } from 'node:crypto'
import { SferaError } from '../../shared/domain/errors'
import type { Account, Marketplace, TokenInfo } from '../../shared/domain/marketplace'
import type { ConnectionCheck } from '../../shared/ipc/accounts'
import type { Mirror } from '../db/open'
import {
  deleteAccount,
  findAccount,
  findDemoAccount,
  insertAccount,
  listAccounts,
  renameAccount,
  updateAccountToken,
  type AccountRecord
} from '../db/queries/accounts'
import { providerFor } from '../providers'
import type { ProviderDeps } from '../providers/provider'
import type { SyncEngine } from '../sync/engine'
import type { Vault } from '../vault/vault'

export const tokenRef = (accountId: string) => `account:${accountId}:token`
const accountRefPrefix = (accountId: string) => `account:${accountId}:`

export interface AccountsServiceDeps {
  mirror: Mirror
  vault: Vault
  sync: SyncEngine
  providerDeps(account: AccountRecord): ProviderDeps
  startDemo(): Promise<void>
  now?: () => Date
}

/** Cabinets: the mirror holds the account row, the vault its token; neither is written without the other. */
export class AccountsService {
  private readonly now: () => Date

  constructor(private readonly deps: AccountsServiceDeps) {
    this.now = deps.now ?? (() => new Date())
  }

  list(): Account[] {
    return listAccounts(this.deps.mirror.db).map((r) => this.toAccount(r))
  }

  require(id: string): AccountRecord {
    const record = findAccount(this.deps.mirror.db, id)
    if (!record) throw new SferaError('not_found', 'Кабинет не найден: возможно, он уже удалён', { entity: 'account' })
    return record
  }

  async create(input: { marketplace: Marketplace; name: string; token: string }): Promise<Account> {
    const tokenInfo = providerFor(input.marketplace).inspectToken(input.token)
    const at = this.now().toISOString()
    const record: AccountRecord = {
      id: randomUUID(),
      marketplace: input.marketplace,
      name: input.name,
      isDemo: false,
      ...tokenColumns(tokenInfo),
      createdAt: at,
      updatedAt: at
    }
    await this.deps.vault.set(tokenRef(record.id), input.token)
    try {
      insertAccount(this.deps.mirror.db, record)
    } catch (error) {
      this.deps.vault.delete(tokenRef(record.id))
      throw error
    }
    return this.toAccount(record)
  }

  async update(input: { id: string; name?: string | undefined; token?: string | undefined }): Promise<Account> {
    const record = this.require(input.id)
    const at = this.now().toISOString()
    if (input.token !== undefined) {
      if (record.isDemo) throw new SferaError('invalid_input', 'У демо-кабинета нет токена', { field: 'token' })
      const tokenInfo = providerFor(record.marketplace).inspectToken(input.token)
      await this.deps.vault.set(tokenRef(record.id), input.token)
      updateAccountToken(this.deps.mirror.db, record.id, tokenColumns(tokenInfo), at)
    }
    if (input.name !== undefined) renameAccount(this.deps.mirror.db, record.id, input.name, at)
    return this.toAccount(this.require(record.id))
  }

  async remove(id: string): Promise<{ removed: boolean }> {
    const record = this.require(id)
    this.deps.sync.cancel(record.id)
    await this.deps.sync.whenIdle(record.id)
    const removed = deleteAccount(this.deps.mirror.db, record.id)
    this.deps.vault.deleteWhere(accountRefPrefix(record.id))
    return { removed }
  }

  async createDemo(): Promise<Account> {
    await this.deps.startDemo()
    const existing = findDemoAccount(this.deps.mirror.db, 'wildberries')
    if (existing) return this.toAccount(existing)
    const at = this.now().toISOString()
    const record: AccountRecord = {
      id: randomUUID(),
      marketplace: 'wildberries',
      name: 'Демо-кабинет Wildberries',
      isDemo: true,
      tokenExpiresAt: null,
      tokenCategoriesJson: null,
      tokenKind: null,
      createdAt: at,
      updatedAt: at
    }
    insertAccount(this.deps.mirror.db, record)
    return this.toAccount(record)
  }

  async checkConnection(id: string): Promise<ConnectionCheck> {
    const record = this.require(id)
    const checkedAt = this.now().toISOString()
    try {
      await providerFor(record.marketplace).checkConnection(this.deps.providerDeps(record), AbortSignal.timeout(30_000))
      return { ok: true, errorCode: null, checkedAt }
    } catch (error) {
      if (error instanceof SferaError) return { ok: false, errorCode: error.code, checkedAt }
      throw error
    }
  }

  private toAccount(record: AccountRecord): Account {
    return {
      id: record.id,
      marketplace: record.marketplace,
      name: record.name,
      isDemo: record.isDemo,
      token: record.isDemo ? { set: true, last4: null } : this.deps.vault.describe(tokenRef(record.id)),
      tokenInfo: record.tokenKind ? storedTokenInfo(record) : null,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt
    }
  }
}

function storedTokenInfo(record: AccountRecord): TokenInfo {
  const categories = record.tokenCategoriesJson ? (JSON.parse(record.tokenCategoriesJson) as string[]) : []
  return {
    expiresAt: record.tokenExpiresAt,
    categories,
    missingCategories: providerFor(record.marketplace).missingCategories(categories),
    kind: record.tokenKind as TokenInfo['kind']
  }
}

function tokenColumns(info: TokenInfo): Pick<AccountRecord, 'tokenExpiresAt' | 'tokenCategoriesJson' | 'tokenKind'> {
  return { tokenExpiresAt: info.expiresAt, tokenCategoriesJson: JSON.stringify(info.categories), tokenKind: info.kind }
}
