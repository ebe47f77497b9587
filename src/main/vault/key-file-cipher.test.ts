import fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SferaError } from '../../shared/domain/errors'
import { createKeyFileCipher } from './key-file-cipher'

const posix = process.platform !== 'win32'
let dataDir: string

beforeEach(() => {
  dataDir = fs.mkdtempSync(join(tmpdir(), 'sfera-cipher-'))
})
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function expectVaultUnavailable(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(SferaError)
  expect((error as SferaError).code).toBe('vault_unavailable')
  expect((error as SferaError).message).toMatch(/[а-я]/i)
}

describe('createKeyFileCipher', () => {
  it('round-trips a secret in the v1:gcm format with a fresh IV each time', async () => {
    const cipher = createKeyFileCipher(dataDir)
    const first = await cipher.encrypt('секрет-токен-123')
    const second = await cipher.encrypt('секрет-токен-123')
    expect(first).toMatch(/^v1:gcm:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
    expect(first).not.toBe(second)
    expect(await cipher.decrypt(first)).toEqual({ plain: 'секрет-токен-123', shouldReEncrypt: false })
    expect(await cipher.status()).toEqual({ available: true, protection: 'key-file', reason: 'ok' })
  })

  it('keeps the key across restarts', async () => {
    const stored = await createKeyFileCipher(dataDir).encrypt('token')
    expect((await createKeyFileCipher(dataDir).decrypt(stored)).plain).toBe('token')
  })

  it.runIf(posix)('creates a 32-byte key file readable by the owner only', () => {
    createKeyFileCipher(dataDir)
    const stat = fs.statSync(join(dataDir, 'vault.key'))
    expect(stat.mode & 0o777).toBe(0o600)
    expect(stat.size).toBe(32)
    expect(fs.readdirSync(dataDir)).toEqual(['vault.key'])
  })

  it.runIf(posix)('refuses a key file that other users can read', () => {
    createKeyFileCipher(dataDir)
    fs.chmodSync(join(dataDir, 'vault.key'), 0o644)
    expect(() => createKeyFileCipher(dataDir)).toThrow(/chmod 600/)
  })

  it('refuses a key file of the wrong size', () => {
    fs.writeFileSync(join(dataDir, 'vault.key'), 'short', { mode: 0o600 })
    expect(() => createKeyFileCipher(dataDir)).toThrow(SferaError)
  })

  it('fails with vault_unavailable, never garbage, on tampered ciphertext', async () => {
    const cipher = createKeyFileCipher(dataDir)
    const stored = await cipher.encrypt('token-value-1234')
    const [version, scheme, iv, tag, body] = stored.split(':') as [string, string, string, string, string]
    const flipped = Buffer.from(body, 'base64')
    flipped[0] = (flipped[0] ?? 0) ^ 0x01
    await expectVaultUnavailable(cipher.decrypt([version, scheme, iv, tag, flipped.toString('base64')].join(':')))
    await expectVaultUnavailable(cipher.decrypt([version, scheme, iv, Buffer.alloc(16).toString('base64'), body].join(':')))
    await expectVaultUnavailable(cipher.decrypt('v1:gcm:not-base64!:x:y'))
    await expectVaultUnavailable(cipher.decrypt('plain text'))
  })

  it('fails with vault_unavailable when the key was replaced', async () => {
    const stored = await createKeyFileCipher(dataDir).encrypt('token-value-1234')
    fs.rmSync(join(dataDir, 'vault.key'))
    await expectVaultUnavailable(createKeyFileCipher(dataDir).decrypt(stored))
  })
})
