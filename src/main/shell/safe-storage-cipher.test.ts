import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { KeyValueStore, SecretsData } from '../core-types'
import { memorySettings } from '../../test-support/memory-settings'
import { Vault } from '../vault/vault'

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet6' | 'unknown'

const fake = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret' as Backend,
  shouldReEncrypt: false,
  failDecrypt: false
}))

// A reversible stand-in for the OS keyring, so the cipher's own logic runs without Electron.
vi.mock('electron', () => ({
  safeStorage: {
    isAsyncEncryptionAvailable: async () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    encryptStringAsync: async (plain: string) => Buffer.from(`enc(${plain})`, 'utf8'),
    decryptStringAsync: async (encrypted: Buffer) => {
      if (fake.failDecrypt) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return { result: encrypted.toString('utf8').slice(4, -1), shouldReEncrypt: fake.shouldReEncrypt }
    }
  }
}))

const { createSafeStorageCipher } = await import('./safe-storage-cipher')

const realPlatform = process.platform
function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform })
}

beforeEach(() => {
  Object.assign(fake, { available: true, backend: 'gnome_libsecret', shouldReEncrypt: false, failDecrypt: false })
  setPlatform('linux')
})
afterEach(() => setPlatform(realPlatform))

describe('createSafeStorageCipher', () => {
  it('reports OS keychain protection and round-trips through the v1:ss format', async () => {
    const cipher = createSafeStorageCipher(memorySettings())
    expect(await cipher.status()).toEqual({ available: true, protection: 'os-keychain', reason: 'ok' })
    const stored = await cipher.encrypt('токен')
    expect(stored).toBe(`v1:ss:${Buffer.from('enc(токен)').toString('base64')}`)
    expect(await cipher.decrypt(stored)).toEqual({ plain: 'токен', shouldReEncrypt: false })
  })

  it('passes shouldReEncrypt through', async () => {
    fake.shouldReEncrypt = true
    const cipher = createSafeStorageCipher(memorySettings())
    expect((await cipher.decrypt(await cipher.encrypt('x'))).shouldReEncrypt).toBe(true)
  })

  it('is unavailable when the async encryptor is', async () => {
    fake.available = false
    expect(await createSafeStorageCipher(memorySettings()).status()).toEqual({
      available: false,
      protection: 'none',
      reason: 'encryption_unavailable'
    })
  })

  it('treats the basic_text backend as unprotected until the seller accepts it', async () => {
    fake.backend = 'basic_text'
    const settings = memorySettings()
    const cipher = createSafeStorageCipher(settings)
    expect(await cipher.status()).toEqual({ available: false, protection: 'none', reason: 'basic_text_backend' })
    expect(await cipher.acceptWeak?.()).toEqual({ available: true, protection: 'weak', reason: 'basic_text_backend' })
    expect(settings.get('weakVaultAccepted')).toBe(true)
  })

  it('makes the vault refuse to store a token on basic_text, then accept it once the seller agrees', async () => {
    fake.backend = 'basic_text'
    let secrets: SecretsData['secrets'] = {}
    const store: KeyValueStore<SecretsData> = {
      get: () => secrets as never,
      set: (_key, value) => {
        secrets = value as SecretsData['secrets']
      },
      delete: () => undefined
    }
    const cipher = createSafeStorageCipher(memorySettings())
    const vault = new Vault(store, cipher)
    const ref = 'account:0b7e3c1a-4f5d-4e8a-9c2b-1d2e3f4a5b6c:token'
    await expect(vault.set(ref, 'wb-token-0123456789')).rejects.toMatchObject({ code: 'vault_unavailable', params: { reason: 'basic_text_backend' } })
    expect(secrets).toEqual({})
    await cipher.acceptWeak?.()
    await vault.set(ref, 'wb-token-0123456789')
    expect(await vault.get(ref)).toBe('wb-token-0123456789')
  })

  it('does not pre-accept basic_text while a keyring works', async () => {
    const settings = memorySettings()
    await createSafeStorageCipher(settings).acceptWeak?.()
    expect(settings.get('weakVaultAccepted')).toBe(false)
  })

  it('ignores the Linux backend on other platforms', async () => {
    setPlatform('darwin')
    fake.backend = 'basic_text'
    expect((await createSafeStorageCipher(memorySettings()).status()).protection).toBe('os-keychain')
  })

  it('fails with vault_unavailable on foreign or undecryptable data', async () => {
    const cipher = createSafeStorageCipher(memorySettings())
    await expect(cipher.decrypt('v1:gcm:a:b:c')).rejects.toMatchObject({ code: 'vault_unavailable' })
    fake.failDecrypt = true
    await expect(cipher.decrypt(await cipher.encrypt('x'))).rejects.toMatchObject({ code: 'vault_unavailable' })
  })
})
