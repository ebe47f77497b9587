import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SferaError } from '../../shared/domain/errors'
import type { Marketplace } from '../../shared/domain/marketplace'
import type { PostingLabelView } from '../../shared/ipc/fbs-postings'
import type { Mirror } from '../db/open'
import type { AccountRecord } from '../db/queries/accounts'
import { allProviders, providerFor } from '../providers'
import type { PostingLabelFile, PostingPackage, PostingPackaging, ProviderDeps } from '../providers/provider'
import { sqliteMirrorAccess, type MirrorAccess } from '../sync/mirror-access'
import type { AccountsService } from './accounts'

/** Each shipment is its own request, so a large selection takes a while; the labels of 20 are one. */
const writeTimeoutMs = 300_000
/** A label PDF above this is left on disk only: the contract is JSON, and base64 grows it by a third. */
const inlineLabelBytes = 8 * 1024 * 1024
export const labelsFolder = 'labels'

/** Seller-held shipments packed, labelled and handed over one by one, on whichever marketplace works so. */
export class FbsPostingsService {
  private readonly mirror: MirrorAccess

  constructor(
    private readonly deps: {
      mirror: Mirror
      accounts: AccountsService
      providerDeps(account: AccountRecord): ProviderDeps
      /** The app's data folder: labels are saved under it so they open offline. */
      dataDir: string
    }
  ) {
    this.mirror = sqliteMirrorAccess(deps.mirror.sqlite)
  }

  /** The marketplaces whose shipments the app packs: the list shows theirs only. */
  marketplaces(): Marketplace[] {
    return allProviders()
      .filter((provider) => provider.packaging)
      .map((provider) => provider.marketplace)
  }

  pack(accountId: string, postings: Array<{ postingNumber: string; packages?: PostingPackage[] | undefined }>) {
    const { packaging, deps } = this.capability(accountId)
    const requests = postings.map(({ postingNumber, packages }) => (packages ? { postingNumber, packages } : { postingNumber }))
    return packaging.pack(deps, this.mirror, requests, AbortSignal.timeout(writeTimeoutMs))
  }

  async labels(accountId: string, postingNumbers: string[]) {
    const { packaging, deps } = this.capability(accountId)
    const { files, failed } = await packaging.labels(deps, this.mirror, postingNumbers, AbortSignal.timeout(writeTimeoutMs))
    return { files: files.map((file) => this.saveLabel(accountId, file)), failed }
  }

  handOver(accountId: string, postingNumbers: string[]) {
    const { packaging, deps } = this.capability(accountId)
    return packaging.handOver(deps, this.mirror, postingNumbers, AbortSignal.timeout(writeTimeoutMs))
  }

  private saveLabel(accountId: string, file: PostingLabelFile): PostingLabelView {
    const folder = join(this.deps.dataDir, labelsFolder, accountId)
    mkdirSync(folder, { recursive: true })
    const fileName = safeFileName(file.fileName)
    const savedPath = join(folder, fileName)
    writeFileSync(savedPath, file.bytes)
    const bytes = Buffer.from(file.bytes)
    return {
      fileName,
      postingNumbers: file.postingNumbers,
      byteLength: bytes.length,
      base64: bytes.length <= inlineLabelBytes ? bytes.toString('base64') : null,
      savedPath
    }
  }

  private capability(accountId: string): { packaging: PostingPackaging; deps: ProviderDeps } {
    const account = this.deps.accounts.require(accountId)
    const packaging = providerFor(account.marketplace).packaging
    if (!packaging) {
      throw new SferaError('invalid_input', 'У этого маркетплейса нет отправлений, которые собирают в приложении', {
        field: 'accountId',
        reason: 'no_packaging'
      })
    }
    return { packaging, deps: this.deps.providerDeps(account) }
  }
}

/** The marketplace names the file; only its last segment, in characters every file system takes, is used. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(0, 120)
  const stem = cleaned === '' ? 'labels' : cleaned
  return stem.toLowerCase().endsWith('.pdf') ? stem : `${stem}.pdf`
}
