import { SferaError } from '../../shared/domain/errors'
import type { SecretStatus } from '../../shared/domain/marketplace'
import type { VaultStatus } from '../../shared/ipc/app'
import type { KeyValueStore, SecretCipher, SecretsData } from '../core-types'

type StoredSecret = SecretsData['secrets'][string]

/** Refs name the secret's owner and kind, e.g. `account:<uuid>:token`; the shape also keeps `__proto__` out. */
const refPattern = /^[a-z][a-z-]*(?::[A-Za-z0-9-]+)+$/

/** Shorter secrets would be given away by their last four characters. */
const minLengthToShowLast4 = 12

/**
 * API keys at rest: ciphertext in the secrets store, never the plain value. The cipher decides how strong the
 * protection is; the vault refuses to store anything when the cipher says protection is unavailable.
 */
export class Vault {
  constructor(
    private readonly store: KeyValueStore<SecretsData>,
    private readonly cipher: SecretCipher
  ) {}

  status(): Promise<VaultStatus> {
    return this.cipher.status()
  }

  async set(ref: string, secret: string): Promise<void> {
    assertRef(ref)
    const status = await this.cipher.status()
    if (!status.available) throw refusal(status)
    const ciphertext = await this.cipher.encrypt(secret)
    const last4 = secret.length >= minLengthToShowLast4 ? secret.slice(-4) : ''
    this.write(ref, { ciphertext, last4, updatedAt: new Date().toISOString() })
  }

  async get(ref: string): Promise<string | null> {
    assertRef(ref)
    const entry = this.entries()[ref]
    if (!entry) return null
    const { plain, shouldReEncrypt } = await this.cipher.decrypt(entry.ciphertext)
    if (shouldReEncrypt) {
      this.write(ref, { ...entry, ciphertext: await this.cipher.encrypt(plain) })
    }
    return plain
  }

  describe(ref: string): SecretStatus {
    assertRef(ref)
    const entry = this.entries()[ref]
    return entry ? { set: true, last4: entry.last4 || null } : { set: false, last4: null }
  }

  delete(ref: string): void {
    assertRef(ref)
    const remaining = { ...this.entries() }
    delete remaining[ref]
    this.store.set('secrets', remaining)
  }

  /** Removes every secret whose ref starts with the prefix, e.g. all of one account's secrets. */
  deleteWhere(prefix: string): void {
    if (!prefix.includes(':')) throw new Error(`Vault.deleteWhere needs a ref prefix such as "account:<id>:", got "${prefix}"`)
    const kept = Object.entries(this.entries()).filter(([ref]) => !ref.startsWith(prefix))
    this.store.set('secrets', Object.fromEntries(kept))
  }

  private entries(): SecretsData['secrets'] {
    return this.store.get('secrets') ?? {}
  }

  private write(ref: string, entry: StoredSecret): void {
    this.store.set('secrets', { ...this.entries(), [ref]: entry })
  }
}

function assertRef(ref: string): void {
  if (!refPattern.test(ref)) throw new Error(`Invalid secret ref "${ref}"`)
}

function refusal(status: VaultStatus): SferaError {
  const message =
    status.reason === 'basic_text_backend'
      ? 'Ключ API не сохранён: в системе не найдено хранилище паролей (GNOME Keyring или KWallet), и без него ключ был бы зашифрован общеизвестным паролем. Установите и разблокируйте хранилище паролей и перезапустите SFERA — или в настройках явно согласитесь на слабую защиту.'
      : 'Ключ API не сохранён: шифрование секретов в этой системе недоступно. Проверьте, что системное хранилище паролей (Связка ключей macOS, Диспетчер учётных данных Windows, GNOME Keyring или KWallet) работает, и перезапустите SFERA.'
  return new SferaError('vault_unavailable', message, { reason: status.reason ?? 'encryption_unavailable' })
}
