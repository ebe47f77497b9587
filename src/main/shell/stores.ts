import Store from 'electron-store'
import type { SecretsData, SettingsData } from '../core-types'
import { secretsStoreOptions, settingsStoreOptions, type Stores } from '../vault/stores'

/** The same files as the browser host's Conf stores, through electron-store (a Conf subclass). */
export function openElectronStores(dataDir: string): Stores {
  return {
    settings: new Store<SettingsData>({ ...settingsStoreOptions, cwd: dataDir }),
    secrets: new Store<SecretsData>({ ...secretsStoreOptions, cwd: dataDir })
  }
}
