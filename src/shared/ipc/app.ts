import { z } from 'zod'
import { call } from './define'

export interface VaultStatus {
  /** Secrets can be stored with the protection the seller accepted. */
  available: boolean
  /** 'os-keychain' (Electron safeStorage), 'key-file' (browser host), 'weak' (accepted basic_text). */
  protection: 'os-keychain' | 'key-file' | 'weak' | 'none'
  /** Why storage is refused or weak, as an error code-like key the UI translates. */
  reason: 'ok' | 'encryption_unavailable' | 'basic_text_backend' | null
}

export interface AppStatus {
  version: string
  shell: 'electron' | 'browser'
  dataDir: string
  vault: VaultStatus
  locale: 'ru' | 'en'
  /** Where the demo sandboxes serve photos, once they have run: the only loopback origins the renderer shows photos from. */
  demoSandboxOrigins: string[]
}

export const appCalls = {
  // Reads accounts: creating the demo cabinets starts the sandboxes, which may give them their first origins.
  'app.status': call<AppStatus>()(z.strictObject({}), { reads: ['accounts'] }),
  'app.setLocale': call<{ locale: 'ru' | 'en' }>()(z.strictObject({ locale: z.enum(['ru', 'en']) })),
  /** The seller explicitly accepts weaker secret protection where the OS keyring is missing. */
  'app.acceptWeakVault': call<VaultStatus>()(z.strictObject({ accept: z.literal(true) })),
  /** Opens an allow-listed help link in the system browser. */
  'app.openExternal': call<{ opened: boolean }>()(z.strictObject({ url: z.url().max(2048) }))
}
