import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SferaError } from '../../shared/domain/errors'
import type { Marketplace } from '../../shared/domain/marketplace'
import type { PostingLabelView, PostingsRefreshFailure, SavedLabelView } from '../../shared/ipc/fbs-postings'
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
/** Beside each saved PDF, the postings it covers: a file name may name only the first of them. */
const sidecarSuffix = '.json'
/** Ozon's posting numbers, as a label saved before sidecars were written names its first one. */
const postingNumberInName = /\d{5,}-\d{4}-\d+/g

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

  /**
   * Asks each cabinet's marketplace for the shipments awaiting packaging or hand-over, one cabinet after another;
   * a cabinet the marketplace refuses is reported beside the ones refreshed.
   */
  async refresh(accountIds: readonly string[] | undefined): Promise<{ postings: number; failed: PostingsRefreshFailure[] }> {
    let postings = 0
    const failed: PostingsRefreshFailure[] = []
    for (const account of this.deps.accounts.list()) {
      if (accountIds && !accountIds.includes(account.id)) continue
      const packaging = providerFor(account.marketplace).packaging
      if (!packaging?.refresh) continue
      try {
        const deps = this.deps.providerDeps(this.deps.accounts.require(account.id))
        postings += (await packaging.refresh(deps, this.mirror, AbortSignal.timeout(writeTimeoutMs))).postings
      } catch (error) {
        if (!(error instanceof SferaError)) throw error
        failed.push({ accountId: account.id, accountName: account.name, code: error.code, reason: error.message })
      }
    }
    return { postings, failed }
  }

  /** The label PDFs saved for the cabinets, newest first; read from the data folder alone. */
  savedLabels(accountIds: readonly string[] | undefined): SavedLabelView[] {
    const labels: SavedLabelView[] = []
    for (const account of this.deps.accounts.list()) {
      if (accountIds && !accountIds.includes(account.id)) continue
      const folder = this.labelFolder(account.id)
      if (!existsSync(folder)) continue
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isFile() && isPdfName(entry.name)) labels.push(this.savedLabel(account.id, entry.name))
      }
    }
    return labels.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.fileName.localeCompare(b.fileName))
  }

  /** A saved label's PDF, named as savedLabels lists it; nothing outside the cabinet's labels folder is read. */
  openLabel(accountId: string, fileName: string): PostingLabelView {
    this.deps.accounts.require(accountId)
    if (!isPdfName(fileName) || /[\\/\0]/.test(fileName) || fileName.startsWith('.')) {
      throw new SferaError('invalid_input', 'Недопустимое имя файла этикетки', { field: 'fileName', reason: 'name' })
    }
    const savedPath = join(this.labelFolder(accountId), fileName)
    // lstat, not stat: a link placed in the folder could point anywhere.
    if (!existsSync(savedPath) || !lstatSync(savedPath).isFile()) {
      throw new SferaError('invalid_input', 'Такой этикетки нет среди сохранённых в этом кабинете', { field: 'fileName', reason: 'missing' })
    }
    const bytes = readFileSync(savedPath)
    return {
      fileName,
      postingNumbers: this.savedLabel(accountId, fileName).postingNumbers,
      byteLength: bytes.length,
      base64: bytes.length <= inlineLabelBytes ? bytes.toString('base64') : null,
      savedPath
    }
  }

  private labelFolder(accountId: string): string {
    return join(this.deps.dataDir, labelsFolder, accountId)
  }

  private savedLabel(accountId: string, fileName: string): SavedLabelView {
    const savedPath = join(this.labelFolder(accountId), fileName)
    const stat = lstatSync(savedPath)
    const postingNumbers = storedPostingNumbers(savedPath) ?? fileName.match(postingNumberInName) ?? []
    return { accountId, fileName, postingNumbers, savedAt: stat.mtime.toISOString(), byteLength: stat.size }
  }

  private saveLabel(accountId: string, file: PostingLabelFile): PostingLabelView {
    const folder = this.labelFolder(accountId)
    mkdirSync(folder, { recursive: true })
    const fileName = safeFileName(file.fileName)
    const savedPath = join(folder, fileName)
    writeFileSync(savedPath, file.bytes)
    writeFileSync(savedPath + sidecarSuffix, JSON.stringify({ postingNumbers: file.postingNumbers }))
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

const isPdfName = (name: string) => name.toLowerCase().endsWith('.pdf')

/** The postings the sidecar lists, or null when there is none or it cannot be read. */
function storedPostingNumbers(savedPath: string): string[] | null {
  try {
    const stored = JSON.parse(readFileSync(savedPath + sidecarSuffix, 'utf8')) as { postingNumbers?: unknown }
    const numbers = stored.postingNumbers
    return Array.isArray(numbers) && numbers.every((n) => typeof n === 'string') ? (numbers as string[]) : null
  } catch {
    return null
  }
}

/** The marketplace names the file; only its last segment, in characters every file system takes, is used. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(0, 120)
  const stem = cleaned === '' ? 'labels' : cleaned
  return stem.toLowerCase().endsWith('.pdf') ? stem : `${stem}.pdf`
}
