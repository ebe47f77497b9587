import type { ErrorCode } from '../../shared/domain/errors'
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

/** A shipment the marketplace refused, with its reason in the seller's words. */
export interface PostingFailure {
  postingNumber: string
  code: ErrorCode
  reason: string
  /** The marketplace's own text, when it sent one. */
  detail?: string
}

/** Lines of a posting packed together; a posting packed as several parcels names several. */
export type PostingPackage = ReadonlyArray<{ lineId: string; quantity: number }>

/** A label file of the postings it covers, as the marketplace sent it. */
export interface PostingLabelFile {
  fileName: string
  bytes: Uint8Array
  postingNumbers: string[]
}

/**
 * Seller-held shipments the seller packs, labels and hands over one by one (Ozon FBS postings), named as the
 * mirror's order lines name them (their order_number). Each shipment goes to the marketplace on its own terms; the
 * mirror records each one as soon as it is accepted, and a refusal is reported beside what went through.
 */
export interface PostingPackaging {
  /** Without packages, each posting goes as one parcel holding all its lines. The result names the postings it became. */
  pack(
    deps: ProviderDeps,
    mirror: MirrorAccess,
    postings: ReadonlyArray<{ postingNumber: string; packages?: readonly PostingPackage[] }>,
    signal: AbortSignal
  ): Promise<{ packed: Array<{ postingNumber: string; resulting: string[] }>; failed: PostingFailure[] }>
  labels(deps: ProviderDeps, mirror: MirrorAccess, postingNumbers: readonly string[], signal: AbortSignal): Promise<{ files: PostingLabelFile[]; failed: PostingFailure[] }>
  handOver(deps: ProviderDeps, mirror: MirrorAccess, postingNumbers: readonly string[], signal: AbortSignal): Promise<{ handedOver: string[]; failed: PostingFailure[] }>
  /**
   * Reads the shipments the marketplace still has the seller pack or hand over and writes their order lines into
   * the mirror as a sync would, without waiting for one; `postings` counts the shipments written.
   */
  refresh?(deps: ProviderDeps, mirror: MirrorAccess, signal: AbortSignal): Promise<{ postings: number }>
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
  /** The service's own name, as sellers know it (names demo cabinets). */
  readonly title: string
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
  /**
   * Asks the service what the key is where the fields cannot say it themselves (an Ozon key is a bare UUID; Ozon
   * tells its expiry and methods): called as a cabinet is created, re-keyed or checked, and rejecting a key the
   * service refuses, as checkConnection does. Its TokenInfo replaces inspectFields'.
   */
  inspectKey?(deps: ProviderDeps, signal: AbortSignal): Promise<TokenInfo>
  /** TokenInfo.missingCategories of a stored token's categories. */
  missingCategories(categories: readonly string[]): string[]
  createSyncJob(resource: SyncResource, deps: ProviderDeps): SyncJob
  /** Write capabilities, where the marketplace has them. */
  readonly supplies?: SupplyWrites
  readonly packaging?: PostingPackaging
  /** One cheap authenticated request: resolves when the service accepts the token. */
  checkConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void>
}
