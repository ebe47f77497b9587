import { safeStorage } from 'electron'
import { SferaError } from '../../shared/domain/errors'
import type { VaultStatus } from '../../shared/ipc/app'
import type { KeyValueStore, SecretCipher, SettingsData } from '../core-types'

const prefix = 'v1:ss:'

/**
 * Secrets encrypted by the OS keyring through Electron's async safeStorage API (the sync one is deprecated
 * in 45 and gone in 46). On Linux without a keyring Electron falls back to `basic_text`, a hard-coded
 * password: that counts as no protection unless the seller explicitly accepted it.
 */
export function createSafeStorageCipher(settings: KeyValueStore<SettingsData>): SecretCipher {
  async function status(): Promise<VaultStatus> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return { available: false, protection: 'none', reason: 'encryption_unavailable' }
    }
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return settings.get('weakVaultAccepted')
        ? { available: true, protection: 'weak', reason: 'basic_text_backend' }
        : { available: false, protection: 'none', reason: 'basic_text_backend' }
    }
    return { available: true, protection: 'os-keychain', reason: 'ok' }
  }

  return {
    status,

    async encrypt(plain) {
      const encrypted = await safeStorage.encryptStringAsync(plain)
      return prefix + encrypted.toString('base64')
    },

    async decrypt(stored) {
      if (!stored.startsWith(prefix)) throw undecryptable()
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored.slice(prefix.length), 'base64'))
        return { plain: result, shouldReEncrypt }
      } catch {
        throw undecryptable()
      }
    },

    async acceptWeak() {
      const current = await status()
      // Only a keyring-less system can be accepted: where a keyring works, a later fallback to basic_text stays refused.
      if (current.reason === 'basic_text_backend') settings.set('weakVaultAccepted', true)
      return status()
    }
  }
}

function undecryptable(): SferaError {
  return new SferaError(
    'vault_unavailable',
    'Не удалось расшифровать сохранённый ключ API: системное хранилище паролей недоступно или было сброшено. Введите ключ API заново.'
  )
}
