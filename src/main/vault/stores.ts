import fs from 'node:fs'
import Conf from 'conf'
import type { KeyValueStore, SecretsData, SettingsData } from '../core-types'

/**
 * File names, defaults and modes of the two stores, shared with the Electron shell's electron-store instances
 * so both shells read and write the same files. Keys are flat: dot notation is off so a key is never a path.
 */
export const settingsStoreOptions = {
  name: 'settings',
  defaults: { locale: 'ru', weakVaultAccepted: false, demoSandboxOrigins: {}, syncIntervalMinutes: null } satisfies SettingsData,
  // Which cabinets exist and how the seller works is nobody else's business on a shared machine.
  configFileMode: 0o600,
  accessPropertiesByDotNotation: false
} as const

export const secretsStoreOptions = {
  name: 'secrets',
  defaults: { secrets: {} } satisfies SecretsData,
  // The file holds only ciphertext, but nobody else needs to see even which secrets exist.
  configFileMode: 0o600,
  accessPropertiesByDotNotation: false
} as const

export interface Stores {
  settings: KeyValueStore<SettingsData>
  secrets: KeyValueStore<SecretsData>
}

/** Stores for plain Node (the browser host and tests), in the data folder. */
export function openNodeStores(dataDir: string): Stores {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const { name: settingsName, ...settingsOptions } = settingsStoreOptions
  const { name: secretsName, ...secretsOptions } = secretsStoreOptions
  return {
    settings: new Conf<SettingsData>({ ...settingsOptions, cwd: dataDir, configName: settingsName }),
    secrets: new Conf<SecretsData>({ ...secretsOptions, cwd: dataDir, configName: secretsName })
  }
}

/** Settings written by earlier versions, in today's shape; run once per start, before anything reads them. */
export function upgradeSettings(settings: KeyValueStore<SettingsData>): void {
  // Before Ozon there was one demo sandbox, Wildberries'.
  const legacyDemoOrigin = settings.get('demoSandboxOrigin')
  if (legacyDemoOrigin) settings.set('demoSandboxOrigins', { wildberries: legacyDemoOrigin, ...settings.get('demoSandboxOrigins') })
  if (legacyDemoOrigin !== undefined) settings.delete('demoSandboxOrigin')
}
