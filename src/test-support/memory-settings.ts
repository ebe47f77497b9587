import type { KeyValueStore, SettingsData } from '../main/core-types'

/** Settings held in memory, starting from the app's defaults: for tests that need no settings file. */
export function memorySettings(initial: Partial<SettingsData> = {}): KeyValueStore<SettingsData> {
  const data: SettingsData = { locale: 'ru', weakVaultAccepted: false, demoSandboxOrigins: {}, syncIntervalMinutes: null, ...initial }
  return {
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value
    },
    delete: (key) => {
      delete data[key]
    }
  }
}
