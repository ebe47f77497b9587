import fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SferaError } from '../../shared/domain/errors'
import type { VaultStatus } from '../../shared/ipc/app'
import type { SecretCipher } from '../core-types'
import { createKeyFileCipher } from './key-file-cipher'
import { openNodeStores } from './stores'
import { Vault } from './vault'

const ref = 'account:0b7e3c1a-4f5d-4e8a-9c2b-1d2e3f4a5b6c:token'
const secret = 'eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjUwOTA0djEifQ.wb-test-token-ЖЁЛТЫЙ-9f8e7d'
let dataDir: string

beforeEach(() => {
  dataDir = fs.mkdtempSync(join(tmpdir(), 'sfera-vault-'))
})
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function openVault(cipher: SecretCipher = createKeyFileCipher(dataDir)) {
  const stores = openNodeStores(dataDir)
  return { vault: new Vault(stores.secrets, cipher), stores }
}

/** Every way the secret could sit in a file: raw, or base64 at any of the three byte alignments. */
function leakedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8')
  const forms = [value]
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
    forms.push(encoded.slice(shift === 0 ? 0 : 4, -4))
  }
  return forms
}

function containsSecret(raw: Buffer, value: string): boolean {
  return leakedForms(value).some((form) => raw.includes(Buffer.from(form, 'utf8')))
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

function statusCipher(status: VaultStatus, overrides: Partial<SecretCipher> = {}): SecretCipher {
  return {
    status: async () => status,
    encrypt: async (plain) => `test:${Buffer.from(plain).toString('hex')}`,
    decrypt: async (stored) => ({ plain: Buffer.from(stored.slice(5), 'hex').toString(), shouldReEncrypt: false }),
    ...overrides
  }
}

describe('Vault', () => {
  it('round-trips a secret and keeps it across restarts', async () => {
    await openVault().vault.set(ref, secret)
    expect(await openVault().vault.get(ref)).toBe(secret)
    expect(await openVault().vault.get('account:other:token')).toBeNull()
  })

  it('leaves no trace of the secret in any file of the data folder', async () => {
    const { vault } = openVault()
    await vault.set(ref, secret)
    const files = filesUnder(dataDir)
    expect(files.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(['secrets.json', 'settings.json', 'vault.key'])
    for (const file of files) expect(containsSecret(fs.readFileSync(file), secret), file).toBe(false)
    const stored = JSON.parse(fs.readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { secrets: Record<string, { ciphertext: string }> }
    expect(stored.secrets[ref]?.ciphertext).toMatch(/^v1:gcm:/)
  })

  it('the leak check itself finds a raw or base64-embedded secret', () => {
    for (const prefix of ['', 'a', 'ab']) {
      expect(containsSecret(Buffer.from(Buffer.from(prefix + secret).toString('base64')), secret)).toBe(true)
    }
    expect(containsSecret(Buffer.from(`{"token":"${secret}"}`), secret)).toBe(true)
  })

  it.runIf(process.platform !== 'win32')('writes the secrets and settings files readable by the owner only', async () => {
    const { vault, stores } = openVault()
    await vault.set(ref, secret)
    stores.settings.set('locale', 'en')
    expect(fs.statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600)
    expect(fs.statSync(join(dataDir, 'settings.json')).mode & 0o777).toBe(0o600)
  })

  it('describe() gives the last four characters only', async () => {
    const { vault } = openVault()
    expect(vault.describe(ref)).toEqual({ set: false, last4: null })
    await vault.set(ref, secret)
    expect(vault.describe(ref)).toEqual({ set: true, last4: secret.slice(-4) })
    expect(JSON.stringify(vault.describe(ref))).not.toContain(secret.slice(0, -4))
  })

  it('does not reveal the tail of a short secret', async () => {
    const { vault } = openVault()
    await vault.set(ref, 'abc12345')
    expect(vault.describe(ref)).toEqual({ set: true, last4: null })
  })

  it.each<VaultStatus>([
    { available: false, protection: 'none', reason: 'basic_text_backend' },
    { available: false, protection: 'none', reason: 'encryption_unavailable' }
  ])('refuses to store when the cipher is unavailable ($reason)', async (status) => {
    let encrypted = false
    const { vault } = openVault(statusCipher(status, { encrypt: async () => ((encrypted = true), 'never') }))
    const error = await vault.set(ref, secret).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(SferaError)
    expect((error as SferaError).code).toBe('vault_unavailable')
    expect((error as SferaError).params).toEqual({ reason: status.reason })
    expect((error as SferaError).message).toMatch(/Ключ API не сохранён/)
    expect(encrypted).toBe(false)
    expect(vault.describe(ref).set).toBe(false)
  })

  it('re-encrypts and stores when the cipher asks for it', async () => {
    const base = statusCipher({ available: true, protection: 'os-keychain', reason: 'ok' })
    const { vault, stores } = openVault(base)
    await vault.set(ref, secret)
    const before = stores.secrets.get('secrets')[ref]

    let reEncryptAsked = true
    const rotating = statusCipher(
      { available: true, protection: 'os-keychain', reason: 'ok' },
      {
        encrypt: async (plain) => `rot2:${Buffer.from(plain).toString('hex')}`,
        decrypt: async (stored) => {
          const shouldReEncrypt = reEncryptAsked
          reEncryptAsked = false
          return { plain: Buffer.from(stored.slice(5), 'hex').toString(), shouldReEncrypt }
        }
      }
    )
    const rotated = new Vault(stores.secrets, rotating)
    expect(await rotated.get(ref)).toBe(secret)
    const after = stores.secrets.get('secrets')[ref]
    expect(after?.ciphertext).toMatch(/^rot2:/)
    expect(after?.last4).toBe(before?.last4)
    expect(await rotated.get(ref)).toBe(secret)
  })

  it('surfaces a tampered secret as vault_unavailable', async () => {
    const { vault, stores } = openVault()
    await vault.set(ref, secret)
    const entry = stores.secrets.get('secrets')[ref]!
    stores.secrets.set('secrets', { [ref]: { ...entry, ciphertext: entry.ciphertext.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) } })
    await expect(vault.get(ref)).rejects.toMatchObject({ code: 'vault_unavailable' })
  })

  it('deletes one secret or every secret of an account', async () => {
    const { vault } = openVault()
    const other = 'account:ffffffff-4f5d-4e8a-9c2b-1d2e3f4a5b6c:token'
    await vault.set(ref, secret)
    await vault.set('account:0b7e3c1a-4f5d-4e8a-9c2b-1d2e3f4a5b6c:client-id', 'client-id-123456')
    await vault.set(other, secret)
    vault.deleteWhere('account:0b7e3c1a-4f5d-4e8a-9c2b-1d2e3f4a5b6c:')
    expect(vault.describe(ref).set).toBe(false)
    expect(vault.describe('account:0b7e3c1a-4f5d-4e8a-9c2b-1d2e3f4a5b6c:client-id').set).toBe(false)
    expect(vault.describe(other).set).toBe(true)
    vault.delete(other)
    expect(await vault.get(other)).toBeNull()
  })

  it('rejects refs that are not ref-shaped', async () => {
    const { vault } = openVault()
    await expect(vault.set('__proto__', secret)).rejects.toThrow(/Invalid secret ref/)
    expect(() => vault.deleteWhere('')).toThrow()
  })
})
