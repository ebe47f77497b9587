import type { Marketplace } from '../shared/domain/marketplace'
import type { CallResult, EventName, EventPayload } from '../shared/ipc'
import type { VaultStatus } from '../shared/ipc/app'
import type { Logger } from './log'
import type { DemoServerLauncher } from './services/demo'
import type { WorkerLauncher } from './workers'

/**
 * How secrets are encrypted at rest. Electron's shell passes a safeStorage cipher; the browser host and
 * tests pass an AES-256-GCM cipher keyed by a user-only key file. Ciphertext carries a version prefix.
 */
export interface SecretCipher {
  status(): Promise<VaultStatus>
  encrypt(plain: string): Promise<string>
  decrypt(stored: string): Promise<{ plain: string; shouldReEncrypt: boolean }>
  /** The seller accepted weaker protection (Linux basic_text); a no-op where protection is strong. */
  acceptWeak?(): Promise<VaultStatus>
}

/** The part of Conf (and electron-store, which extends it) that the core uses. */
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K]
  set<K extends keyof T>(key: K, value: T[K]): void
  delete<K extends keyof T>(key: K): void
}

export interface SettingsData extends Record<string, unknown> {
  locale: 'ru' | 'en'
  weakVaultAccepted: boolean
  /** Each marketplace's last demo sandbox origin: its demo cabinets' photo links in the mirror point at it. */
  demoSandboxOrigins: Partial<Record<Marketplace, string>>
  /** Before Ozon: the one (Wildberries) demo origin; upgradeSettings moves it into demoSandboxOrigins. */
  demoSandboxOrigin?: string | null
  /** Background sync of every cabinet; null (the default) means off. */
  syncIntervalMinutes: number | null
}

export interface SecretsData extends Record<string, unknown> {
  /** Secret reference → versioned ciphertext. */
  secrets: Record<string, { ciphertext: string; last4: string; updatedAt: string }>
}

/** Base URLs of one provider's hosts, by the provider's own names for them (WB: content, marketplace, …). */
export type ProviderEndpoints = Readonly<Record<string, string>>

/** Every provider's base URLs; each is configurable so tests and demo mode can point at the sandbox. */
export type Endpoints = Readonly<Partial<Record<Marketplace, ProviderEndpoints>>>

export interface CoreConfig {
  dataDir: string
  shell: 'electron' | 'browser'
  version: string
  cipher: SecretCipher
  settings: KeyValueStore<SettingsData>
  secrets: KeyValueStore<SecretsData>
  endpoints: Endpoints
  /** better-sqlite3's native binding for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string
  /** Starts the core's worker threads: the built bundles, or their sources under tsx in tests. */
  launchWorker: WorkerLauncher
  /** Starts the built-in sandbox for demo cabinets; without it there is no demo mode. */
  startDemoSandbox?: DemoServerLauncher
  /** drizzle-kit's migrations folder (the repo's drizzle/, or the packaged app's copy). */
  migrationsDir: string
  /** Scales every rate budget's period (bench and tests against a sandbox with scaled limits); default 1. */
  rateLimitScale?: number
  /** Opens an allow-listed URL in the system browser; only the Electron shell has one. */
  openExternal?: (url: string) => Promise<boolean>
  log: Logger
}

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void

export interface Core {
  /** Validates the raw input against the contract and runs the call's handler; never throws. */
  dispatch(name: string, rawInput: unknown): Promise<CallResult<unknown>>
  /** Push events for the renderer; returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void
  close(): Promise<void>
}
