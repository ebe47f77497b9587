import { SferaError } from '../../../shared/domain/errors'
import type { MirrorAccess } from '../../sync/mirror-access'
import type { PostingFailure, PostingLabelFile, PostingPackage, PostingPackaging } from '../provider'
import { OZON_SERVICE } from './errors'
import { ozonFbsClientFor, type OzonFbsClient, type OzonShipPackage, type OzonShipResponse } from './fbs-client'
import { awaitingDeliverWrite, fullLinesRead, postingLinesRead, skuOfLine, splitPackedWrite, type FbsLineRow } from './fbs-store'
import { fbsPostingRecord, postingsPageWrite, productOfOffers } from './orders-store'
import { DAY_MS, filterInstant } from './time'

/** "You can pass a maximum of 20 identifiers in one request" (/v2/posting/fbs/package-label). */
export const ozonLabelBatch = 20
/** "The maximum number of values in one request is 100" (/v2/posting/fbs/awaiting-delivery). */
export const ozonAwaitingDeliveryBatch = 100

/**
 * The packaging deadlines refresh asks about. Ozon refuses a period over a year; deadlines lie days ahead, and a
 * posting left unpacked long past its deadline is cancelled, so most of the year goes to the past.
 */
const REFRESH_PAST_MS = 300 * DAY_MS
const REFRESH_AHEAD_MS = 60 * DAY_MS

/** Ozon's answer while a label is still being made (/v2/posting/fbs/package-label): "Try again later". */
const NOT_READY = /aren't ready|are not ready|not ready/i

type Known = Map<string, FbsLineRow[]>

/** Ozon FBS postings: pack (ship), print labels, hand disputed postings over for shipping, refresh the ones awaiting either. */
export const ozonPackaging: PostingPackaging = {
  async pack(deps, mirror, postings, signal) {
    const accountId = deps.account.id
    const known = knownPostings(mirror, accountId, postings.map((p) => p.postingNumber))
    const failed: PostingFailure[] = []
    const packed: Array<{ postingNumber: string; resulting: string[] }> = []
    let client: OzonFbsClient | null = null
    for (const request of unique(postings, (p) => p.postingNumber)) {
      const lines = fbsLinesOr(known, request.postingNumber, failed)
      if (!lines) continue
      const packages = packagesOf(request.postingNumber, lines, request.packages, failed)
      if (!packages) continue
      client ??= await ozonFbsClientFor(deps, signal)
      let answer: OzonShipResponse
      try {
        answer = await client.ship(request.postingNumber, packages)
      } catch (error) {
        failed.push(failureOf(request.postingNumber, error, signal))
        continue
      }
      const resulting = answer.result && answer.result.length > 0 ? answer.result : [request.postingNumber]
      mirror.write(packedWrite(mirror, accountId, request.postingNumber, lines, resulting, answer, new Date().toISOString()))
      packed.push({ postingNumber: request.postingNumber, resulting })
    }
    return { packed, failed }
  },

  async labels(deps, mirror, postingNumbers, signal) {
    const known = knownPostings(mirror, deps.account.id, postingNumbers)
    const failed: PostingFailure[] = []
    const asked = unique(postingNumbers, (p) => p).filter((p) => fbsLinesOr(known, p, failed) !== null)
    const files: PostingLabelFile[] = []
    if (asked.length === 0) return { files, failed }
    const client = await ozonFbsClientFor(deps, signal)
    for (const chunk of chunks(asked, ozonLabelBatch)) {
      const outcome = await eachAlone(chunk, signal, (numbers) => client.packageLabel(numbers), true)
      failed.push(...outcome.failed)
      if (outcome.value) files.push(labelFile(outcome.value, outcome.through, deps.now()))
    }
    return { files, failed }
  },

  async handOver(deps, mirror, postingNumbers, signal) {
    const accountId = deps.account.id
    const known = knownPostings(mirror, accountId, postingNumbers)
    const failed: PostingFailure[] = []
    const asked = unique(postingNumbers, (p) => p).filter((p) => fbsLinesOr(known, p, failed) !== null)
    const handedOver: string[] = []
    if (asked.length === 0) return { handedOver, failed }
    const client = await ozonFbsClientFor(deps, signal)
    for (const chunk of chunks(asked, ozonAwaitingDeliveryBatch)) {
      const outcome = await eachAlone(chunk, signal, async (numbers) => {
        if (!(await client.awaitingDelivery(numbers))) throw new SferaError('invalid_input', 'Ozon не передал отправления к отгрузке', { service: OZON_SERVICE })
        return true
      }, false)
      failed.push(...outcome.failed)
      if (outcome.through.length > 0) {
        mirror.write(awaitingDeliverWrite(accountId, outcome.through, new Date().toISOString()))
        handedOver.push(...outcome.through)
      }
    }
    return { handedOver, failed }
  },

  async refresh(deps, mirror, signal) {
    const accountId = deps.account.id
    const client = await ozonFbsClientFor(deps, signal)
    const now = deps.now()
    const cutoff = { from: filterInstant(now - REFRESH_PAST_MS), to: filterInstant(now + REFRESH_AHEAD_MS) }
    let cursor = ''
    let postings = 0
    for (;;) {
      const page = await client.unfulfilled(cutoff, cursor)
      const records = (page.postings ?? []).map(fbsPostingRecord)
      if (records.length > 0) mirror.write(postingsPageWrite(accountId, records, productOfOffers(mirror, accountId, records), new Date().toISOString()))
      postings += records.length
      // A cursor that does not move would ask for the same page for ever.
      if (page.has_next !== true || page.cursor === '' || page.cursor === cursor) return { postings }
      cursor = page.cursor
    }
  }
}

function knownPostings(mirror: MirrorAccess, accountId: string, postingNumbers: readonly string[]): Known {
  const known: Known = new Map()
  const numbers = [...new Set(postingNumbers)]
  if (numbers.length === 0) return known
  for (const row of mirror.read<FbsLineRow>(postingLinesRead(accountId, numbers))) {
    known.set(row.postingNumber, [...(known.get(row.postingNumber) ?? []), row])
  }
  return known
}

/** The posting's lines, or null with its failure noted: the mirror must know it as an FBS posting. */
function fbsLinesOr(known: Known, postingNumber: string, failed: PostingFailure[]): FbsLineRow[] | null {
  const lines = known.get(postingNumber)
  if (!lines) {
    failed.push({ postingNumber, code: 'not_found', reason: 'Отправления нет в локальной копии кабинета: обновите данные' })
    return null
  }
  if (lines.some((line) => line.scheme !== 'fbs')) {
    failed.push({ postingNumber, code: 'invalid_input', reason: 'Это отправление FBO: его собирает и отгружает Ozon' })
    return null
  }
  return lines
}

/**
 * One parcel holding every unit of every line, or the packages asked for, which must hold the posting's units
 * exactly: Ozon packs what it is told, and a unit left out would stay unpacked.
 */
function packagesOf(postingNumber: string, lines: readonly FbsLineRow[], asked: readonly PostingPackage[] | undefined, failed: PostingFailure[]): OzonShipPackage[] | null {
  if (!asked || asked.length === 0) return [lines.map((line) => ({ sku: skuOfLine(line.lineId), quantity: line.quantity }))]
  const units = new Map(lines.map((line) => [line.lineId, 0]))
  for (const item of asked.flat()) {
    if (!units.has(item.lineId)) {
      failed.push({ postingNumber, code: 'invalid_input', reason: `В отправлении нет строки ${item.lineId}` })
      return null
    }
    units.set(item.lineId, (units.get(item.lineId) ?? 0) + item.quantity)
  }
  if (lines.some((line) => units.get(line.lineId) !== line.quantity)) {
    failed.push({ postingNumber, code: 'invalid_input', reason: 'Упаковки должны вместе содержать все единицы товаров отправления' })
    return null
  }
  return asked.map((items) => items.map((item) => ({ sku: skuOfLine(item.lineId), quantity: item.quantity })))
}

function packedWrite(
  mirror: MirrorAccess,
  accountId: string,
  postingNumber: string,
  lines: readonly FbsLineRow[],
  resulting: readonly string[],
  answer: OzonShipResponse,
  now: string
) {
  const parts = answer.additional_data ?? []
  const unchanged = resulting.length === 1 && resulting[0] === postingNumber
  if (unchanged || parts.length === 0) return awaitingDeliverWrite(accountId, [postingNumber], now)
  const read = fullLinesRead(accountId, lines.map((line) => line.lineId))
  const original = { orders: mirror.read<Record<string, unknown>>(read.orders), details: mirror.read<Record<string, unknown>>(read.details) }
  return splitPackedWrite(
    accountId,
    original,
    parts.map((part) => ({ postingNumber: part.posting_number, products: part.products ?? [] })),
    now
  )
}

/**
 * Sends the chunk in one request; when Ozon refuses it, sends each posting alone to learn which ones it refuses
 * and why. A read (labels) then asks for the rest together again, for one file; a write has already gone through
 * for each of them. Failures that are not Ozon's refusal of the postings (network, auth, rate) fail the whole
 * chunk with that reason.
 */
async function eachAlone<T>(
  chunk: readonly string[],
  signal: AbortSignal,
  send: (numbers: readonly string[]) => Promise<T>,
  rejoin: boolean
): Promise<{ value: T | null; through: string[]; failed: PostingFailure[] }> {
  try {
    return { value: await send(chunk), through: [...chunk], failed: [] }
  } catch (error) {
    if (chunk.length === 1 || !refusesPostings(error)) return { value: null, through: [], failed: chunk.map((p) => failureOf(p, error, signal)) }
  }
  const failed: PostingFailure[] = []
  const through: string[] = []
  let value: T | null = null
  for (const postingNumber of chunk) {
    try {
      value = await send([postingNumber])
      through.push(postingNumber)
    } catch (error) {
      failed.push(failureOf(postingNumber, error, signal))
    }
  }
  if (rejoin && through.length > 1) {
    try {
      value = await send(through)
    } catch (error) {
      return { value: null, through: [], failed: [...failed, ...through.map((p) => failureOf(p, error, signal))] }
    }
  }
  return { value, through, failed }
}

/** Ozon's answer about the request's postings (a 4xx bar auth and rate), as opposed to trouble getting one. */
function refusesPostings(error: unknown): boolean {
  if (!(error instanceof SferaError)) return false
  const status = error.params?.status
  return error.code === 'invalid_input' || (error.code === 'upstream_error' && typeof status === 'number' && status >= 400 && status < 500)
}

function failureOf(postingNumber: string, error: unknown, signal: AbortSignal): PostingFailure {
  if (!(error instanceof SferaError)) {
    return { postingNumber, code: signal.aborted ? 'cancelled' : 'internal', reason: 'Внутренняя ошибка' }
  }
  const detail = typeof error.params?.detail === 'string' ? error.params.detail : undefined
  const reason = detail && NOT_READY.test(detail)
    ? 'Ozon ещё готовит этикетку: запросите её через минуту (этикетки готовы через 45–60 секунд после сборки)'
    : detail
      ? `Ozon отказал: ${detail}`
      : error.message
  return { postingNumber, code: error.code, reason, ...(detail ? { detail } : {}) }
}

function labelFile(label: { bytes: Uint8Array; fileName: string | null }, postingNumbers: readonly string[], nowMs: number): PostingLabelFile {
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-')
  const named = postingNumbers.length === 1 ? postingNumbers[0]! : `${postingNumbers[0]}-и-ещё-${postingNumbers.length - 1}`
  return { fileName: label.fileName ?? `ozon-labels-${named}-${stamp}.pdf`, bytes: label.bytes, postingNumbers: [...postingNumbers] }
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true))
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
