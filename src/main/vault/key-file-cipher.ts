import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { dirname, join } from 'node:path'
import { SferaError } from '../../shared/domain/errors'
import type { SecretCipher } from '../core-types'

const keyFileName = 'vault.key'
const keyLength = 32
const ivLength = 12
const tagLength = 16
const algorithm = 'aes-256-gcm'
const base64Field = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * AES-256-GCM with a random key kept in `<dataDir>/vault.key` (owner-only). Used where Electron's safeStorage
 * is absent: the browser host and tests. The key is loaded (or created) now, so a bad key file stops start-up
 * with a clear message instead of failing later on the first secret.
 */
export function createKeyFileCipher(dataDir: string): SecretCipher {
  const key = loadOrCreateKey(join(dataDir, keyFileName))
  return {
    status: async () => ({ available: true, protection: 'key-file', reason: 'ok' }),
    encrypt: async (plain) => encrypt(key, plain),
    decrypt: async (stored) => ({ plain: decrypt(key, stored), shouldReEncrypt: false })
  }
}

function loadOrCreateKey(keyPath: string): Buffer {
  fs.mkdirSync(dirname(keyPath), { recursive: true, mode: 0o700 })
  if (!fs.existsSync(keyPath)) createKeyFile(keyPath)
  return readKey(keyPath)
}

function createKeyFile(keyPath: string): void {
  const tempPath = `${keyPath}.${randomBytes(6).toString('hex')}.tmp`
  const fd = fs.openSync(tempPath, 'wx', 0o600)
  try {
    fs.writeSync(fd, randomBytes(keyLength))
    // Losing the key loses every stored secret: make sure it is on disk before it becomes visible.
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  try {
    // link() refuses to replace an existing file, so two instances starting at once never swap keys under each other.
    fs.linkSync(tempPath, keyPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(tempPath, { force: true })
  }
}

function readKey(keyPath: string): Buffer {
  const fd = fs.openSync(keyPath, 'r')
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile() || stat.size !== keyLength) {
      throw keyFileError(keyPath, `Файл ключа хранилища ${keyPath} повреждён. Сохранённые ключи API расшифровать нельзя: удалите файл и введите ключи заново.`)
    }
    // Mode bits mean nothing on Windows; there the profile folder's ACL protects the file.
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8)
      throw keyFileError(keyPath, `Файл ключа хранилища ${keyPath} доступен другим пользователям (права ${mode}). Ключ мог быть прочитан: выполните «chmod 600 ${keyPath}» и смените ключи API в кабинетах маркетплейсов.`)
    }
    const key = Buffer.alloc(keyLength)
    fs.readSync(fd, key, 0, keyLength, 0)
    return key
  } finally {
    fs.closeSync(fd)
  }
}

function keyFileError(keyPath: string, message: string): SferaError {
  return new SferaError('vault_unavailable', message, { path: keyPath })
}

function encrypt(key: Buffer, plain: string): string {
  const iv = randomBytes(ivLength)
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagLength })
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', 'gcm', iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':')
}

function decrypt(key: Buffer, stored: string): string {
  const parts = parseStored(stored)
  if (!parts) throw undecryptable()
  try {
    const decipher = createDecipheriv(algorithm, key, parts.iv, { authTagLength: tagLength })
    decipher.setAuthTag(parts.tag)
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw undecryptable()
  }
}

function parseStored(stored: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } | null {
  const fields = stored.split(':')
  if (fields.length !== 5 || fields[0] !== 'v1' || fields[1] !== 'gcm') return null
  const [iv, tag, ciphertext] = fields.slice(2).map((field) => (base64Field.test(field) ? Buffer.from(field, 'base64') : null))
  if (!iv || iv.length !== ivLength || !tag || tag.length !== tagLength || !ciphertext) return null
  return { iv, tag, ciphertext }
}

function undecryptable(): SferaError {
  return new SferaError(
    'vault_unavailable',
    'Не удалось расшифровать сохранённый ключ API: данные повреждены или файл ключа хранилища заменён. Введите ключ API заново.'
  )
}
