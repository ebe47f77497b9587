import { randomUUID } from 'node:crypto'
import { SferaError } from '../../shared/domain/errors'
import type { Account, AccountField, Marketplace, MarketplaceDeclaration, TokenInfo } from '../../shared/domain/marketplace'
import type { ConnectionCheck } from '../../shared/ipc/accounts'
import type { Mirror } from '../db/open'
import {
  deleteAccount,
  findAccount,
  findDemoAccount,
  insertAccount,
  listAccounts,
  renameAccount,
  updateAccountFields,
  type AccountRecord
} from '../db/queries/accounts'
import { allProviders, providerFor } from '../providers'
import type { Provider, ProviderDeps } from '../providers/provider'
import type { SyncEngine } from '../sync/engine'
import type { Vault } from '../vault/vault'

/** Where a cabinet's secret field lives in the vault; WB's token keeps the ref it always had. */
export const secretRef = (accountId: string, key: string) => `account:${accountId}:${key}`
const accountRefPrefix = (accountId: string) => `account:${accountId}:`
/** How long a question to the service about a key may take: the seller waits on it in a form. */
const CHECK_TIMEOUT_MS = 30_000

/** The cabinet's fields that are not secret. */
export function accountFieldValues(record: AccountRecord): Record<string, string> {
  const parsed: unknown = JSON.parse(record.fieldsJson)
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {}
}

export interface AccountsServiceDeps {
  mirror: Mirror
  vault: Vault
  sync: SyncEngine
  providerDeps(account: AccountRecord): ProviderDeps
  /** Starts the marketplace's demo sandbox; false when it has none. */
  startDemo(marketplace: Marketplace): Promise<boolean>
  now?: () => Date
}

/** Cabinets: the mirror holds the account row, the vault its token; neither is written without the other. */
export class AccountsService {
  private readonly now: () => Date

  constructor(private readonly deps: AccountsServiceDeps) {
    this.now = deps.now ?? (() => new Date())
  }

  marketplaces(): MarketplaceDeclaration[] {
    return allProviders().map((provider) => ({
      marketplace: provider.marketplace,
      fields: [...provider.accountFields],
      resources: provider.resources.map((resource) => resource.id),
      supplies: provider.supplies !== undefined,
      packaging: provider.packaging !== undefined
    }))
  }

  list(): Account[] {
    return listAccounts(this.deps.mirror.db).map((r) => this.toAccount(r))
  }

  require(id: string): AccountRecord {
    const record = findAccount(this.deps.mirror.db, id)
    if (!record) throw new SferaError('not_found', 'Кабинет не найден: возможно, он уже удалён', { entity: 'account' })
    return record
  }

  /** The fields go where their declaration says: secret ones to the vault, the others with the mirror row. */
  async create(input: { marketplace: Marketplace; name: string; fields: Record<string, string> }): Promise<Account> {
    const provider = providerFor(input.marketplace)
    const fields = declaredFields(provider.accountFields, input.fields, 'all')
    const at = this.now().toISOString()
    const draft: AccountRecord = {
      id: randomUUID(),
      marketplace: input.marketplace,
      name: input.name,
      isDemo: false,
      fieldsJson: JSON.stringify(publicValues(provider.accountFields, fields)),
      ...tokenColumns(null),
      createdAt: at,
      updatedAt: at
    }
    const record: AccountRecord = { ...draft, ...tokenColumns(await this.inspect(provider, draft, fields)) }
    const secrets = provider.accountFields.filter((field) => field.secret)
    try {
      for (const field of secrets) await this.deps.vault.set(secretRef(record.id, field.key), fields[field.key]!)
      insertAccount(this.deps.mirror.db, record)
    } catch (error) {
      this.deps.vault.deleteWhere(accountRefPrefix(record.id))
      throw error
    }
    return this.toAccount(record)
  }

  async update(input: { id: string; name?: string | undefined; fields?: Record<string, string> | undefined }): Promise<Account> {
    const record = this.require(input.id)
    const at = this.now().toISOString()
    if (input.fields !== undefined) {
      if (record.isDemo) throw new SferaError('invalid_input', 'У демо-кабинета нет ключей доступа', { field: 'fields' })
      const provider = providerFor(record.marketplace)
      const changed = declaredFields(provider.accountFields, input.fields, 'some')
      const merged = { ...(await this.storedFields(record)), ...changed }
      const tokenInfo = await this.inspect(provider, record, merged)
      for (const field of provider.accountFields.filter((f) => f.secret && changed[f.key] !== undefined)) {
        await this.deps.vault.set(secretRef(record.id, field.key), changed[field.key]!)
      }
      updateAccountFields(this.deps.mirror.db, record.id, { fieldsJson: JSON.stringify(publicValues(provider.accountFields, merged)), ...tokenColumns(tokenInfo) }, at)
    }
    if (input.name !== undefined) renameAccount(this.deps.mirror.db, record.id, input.name, at)
    return this.toAccount(this.require(record.id))
  }

  /**
   * What the entered fields say of the key, or what the service says where it tells more, asked with the entered
   * fields before any of them is stored: a key the service refuses never replaces a working one.
   */
  private async inspect(provider: Provider, record: AccountRecord, fields: Readonly<Record<string, string>>): Promise<TokenInfo | null> {
    const info = provider.inspectFields(fields)
    if (!provider.inspectKey) return info
    const stored = this.deps.providerDeps(record)
    const entered: ProviderDeps = {
      ...stored,
      secret: async (key) => fields[key] ?? stored.secret(key),
      field: (key) => publicValues(provider.accountFields, fields)[key]
    }
    return provider.inspectKey(entered, AbortSignal.timeout(CHECK_TIMEOUT_MS))
  }

  /** Every field of the cabinet as stored: the public ones from its row, the secret ones from the vault. */
  private async storedFields(record: AccountRecord): Promise<Record<string, string>> {
    const stored = { ...accountFieldValues(record) }
    for (const field of providerFor(record.marketplace).accountFields.filter((f) => f.secret)) {
      const value = await this.deps.vault.get(secretRef(record.id, field.key))
      if (value !== null) stored[field.key] = value
    }
    return stored
  }

  async remove(id: string): Promise<{ removed: boolean }> {
    const record = this.require(id)
    this.deps.sync.cancel(record.id)
    await this.deps.sync.whenIdle(record.id)
    const removed = deleteAccount(this.deps.mirror.db, record.id)
    this.deps.vault.deleteWhere(accountRefPrefix(record.id))
    return { removed }
  }

  /** Creates (or returns) a demo cabinet of every marketplace that has a built-in sandbox. */
  async createDemo(): Promise<Account[]> {
    const demos: Account[] = []
    for (const provider of allProviders()) {
      if (!(await this.deps.startDemo(provider.marketplace))) continue
      const existing = findDemoAccount(this.deps.mirror.db, provider.marketplace)
      demos.push(this.toAccount(existing ?? this.insertDemo(provider.marketplace, provider.title)))
    }
    return demos
  }

  private insertDemo(marketplace: Marketplace, title: string): AccountRecord {
    const at = this.now().toISOString()
    const record: AccountRecord = {
      id: randomUUID(),
      marketplace,
      name: `Демо-кабинет ${title}`,
      isDemo: true,
      fieldsJson: '{}',
      tokenExpiresAt: null,
      tokenCategoriesJson: null,
      tokenKind: null,
      createdAt: at,
      updatedAt: at
    }
    insertAccount(this.deps.mirror.db, record)
    return record
  }

  async checkConnection(id: string): Promise<ConnectionCheck> {
    const record = this.require(id)
    const provider = providerFor(record.marketplace)
    const deps = this.deps.providerDeps(record)
    const checkedAt = this.now().toISOString()
    try {
      // Roles are given to and taken from a key in the seller's cabinet, and a key gets a new expiry there: the
      // stored ones are re-read whenever the service answers, even if the check then fails on missing methods.
      // A demo cabinet's key is the sandbox's, not the seller's, so it is not shown.
      if (provider.inspectKey && !record.isDemo) {
        const info = await provider.inspectKey(deps, AbortSignal.timeout(CHECK_TIMEOUT_MS))
        updateAccountFields(this.deps.mirror.db, record.id, { fieldsJson: record.fieldsJson, ...tokenColumns(info) }, checkedAt)
      }
      await provider.checkConnection(deps, AbortSignal.timeout(CHECK_TIMEOUT_MS))
      return { ok: true, error: null, checkedAt }
    } catch (error) {
      if (error instanceof SferaError) return { ok: false, error: error.toPayload(), checkedAt }
      throw error
    }
  }

  private toAccount(record: AccountRecord): Account {
    return {
      id: record.id,
      marketplace: record.marketplace,
      name: record.name,
      isDemo: record.isDemo,
      secrets: Object.fromEntries(
        providerFor(record.marketplace)
          .accountFields.filter((field) => field.secret)
          .map((field) => [field.key, record.isDemo ? { set: true, last4: null } : this.deps.vault.describe(secretRef(record.id, field.key))])
      ),
      fields: accountFieldValues(record),
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

function tokenColumns(info: TokenInfo | null): Pick<AccountRecord, 'tokenExpiresAt' | 'tokenCategoriesJson' | 'tokenKind'> {
  if (!info) return { tokenExpiresAt: null, tokenCategoriesJson: null, tokenKind: null }
  return { tokenExpiresAt: info.expiresAt, tokenCategoriesJson: JSON.stringify(info.categories), tokenKind: info.kind }
}

/**
 * The entered values of the declared fields: an undeclared key, or (for a new cabinet) a missing one, is refused
 * naming the field, before anything is stored.
 */
function declaredFields(declared: readonly AccountField[], values: Record<string, string>, expect: 'all' | 'some'): Record<string, string> {
  const keys = new Set(declared.map((field) => field.key))
  const unknown = Object.keys(values).find((key) => !keys.has(key))
  if (unknown !== undefined) {
    throw new SferaError('invalid_input', `У этого маркетплейса нет поля ${unknown}`, { field: unknown, issue: 'unknown_field' })
  }
  for (const field of declared) {
    const value = values[field.key]
    if (value === undefined && expect === 'all') {
      throw new SferaError('invalid_input', 'Заполните все поля подключения', { field: field.key, issue: 'required' })
    }
    if (value !== undefined && value.length > field.maxLength) {
      throw new SferaError('invalid_input', 'Значение слишком длинное', { field: field.key, issue: 'too_long', max: field.maxLength })
    }
  }
  return values
}

function publicValues(declared: readonly AccountField[], values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(declared.filter((field) => !field.secret && values[field.key] !== undefined).map((field) => [field.key, values[field.key]!]))
}
