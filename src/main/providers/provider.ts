import type { AccountField, Marketplace, SyncResource, TokenInfo } from '../../shared/domain/marketplace'
import type { ProviderEndpoints } from '../core-types'
import type { AccountRecord } from '../db/queries/accounts'
import type { HttpClient, RateBudgets } from '../http'
import type { SyncJob, SyncResourceDeclaration } from '../sync/job'
import type { MirrorAccess } from '../sync/mirror-access'
import type { PageWrite } from '../sync/page-write'

/** What a provider needs to talk to its service on behalf of one account. */
export interface ProviderDeps {
  readonly account: AccountRecord
  /** This provider's base URLs for the account: the configured ones, or the built-in sandbox's for a demo cabinet. */
  readonly endpoints: ProviderEndpoints
  /** Reads one of the account's secret fields (WB: 'token') from the vault; it stays in main. */
  secret(key: string): Promise<string>
  /** One of the account's fields that are not secret. */
  field(key: string): string | undefined
  readonly http: HttpClient
  /** Shared by every job of every account; keys are per account and method group. */
  readonly budgets: RateBudgets
  /** Milliseconds since the epoch: where history windows start. The wall clock in the app; tests fix it. */
  now(): number
}

/**
 * Supplies the seller assembles from assembly tasks and hands over (WB FBS). Each action goes to the marketplace
 * first; the mirror records what it accepted, chunk by chunk.
 */
export interface SupplyWrites {
  create(deps: ProviderDeps, mirror: MirrorAccess, input: { name: string; orderIds: readonly number[] }, signal: AbortSignal): Promise<{ supplyId: string; added: number }>
  addOrders(deps: ProviderDeps, mirror: MirrorAccess, supplyId: string, orderIds: readonly number[], signal: AbortSignal): Promise<{ added: number }>
  deliver(deps: ProviderDeps, mirror: MirrorAccess, supplyId: string, signal: AbortSignal): Promise<void>
}

/**
 * A provider's API hosts: each one's real base URL and the environment variable that overrides it (tests and
 * e2e point them at the sandbox), and one variable that points every host at one origin.
 */
export interface ProviderHosts {
  readonly all: string
  readonly hosts: Readonly<Record<string, { readonly url: string; readonly env: string }>>
}

/** One external service. A new provider is a new folder that exports one of these. */
export interface Provider {
  readonly marketplace: Marketplace
  readonly hosts: ProviderHosts
  /** In the order screens list them. */
  readonly resources: readonly SyncResourceDeclaration[]
  /** What a seller enters to connect a cabinet, in the order the form asks for it. */
  readonly accountFields: readonly AccountField[]
  /**
   * Reads what the entered fields say of themselves (a token's expiry, categories, type), or null when they say
   * nothing, and rejects fields that cannot work before they are stored (SferaError 'invalid_input' with
   * params.field naming the field's key).
   */
  inspectFields(fields: Readonly<Record<string, string>>): TokenInfo | null
  /** TokenInfo.missingCategories of a stored token's categories. */
  missingCategories(categories: readonly string[]): string[]
  createSyncJob(resource: SyncResource, deps: ProviderDeps): SyncJob
  /** Demo cabinets' stored media links name the sandbox's origin: when it moves, the write that makes them follow. */
  moveMediaOrigin?(accountIds: readonly string[], from: string, to: string): PageWrite
  /** Write capabilities, where the marketplace has them. */
  readonly supplies?: SupplyWrites
  /** One cheap authenticated request: resolves when the service accepts the token. */
  checkConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void>
}
