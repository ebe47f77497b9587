/**
 * What the FBS write methods do to the sandbox's postings: pack (`/v4/posting/fbs/ship`), print labels
 * (`/v2/posting/fbs/package-label`) and pass disputed postings to shipping (`/v2/posting/fbs/awaiting-delivery`).
 *
 * The spec names no error codes for these methods, only that errors are rpcStatus and that "The next postings
 * aren't ready" means a label is not made yet; the other texts are the sandbox's. Its readings:
 * - ship packs a posting awaiting_packaging into awaiting_deliver. Its packages must hold every unit of the
 *   posting. With several packages the first keeps the posting number and each further one becomes a posting of
 *   the same order, numbered on from the order's highest part (`…-2`, `…-3`); `result` lists them in package order.
 * - a label is made 45 seconds after packing (the spec recommends asking 45–60 s later); postings that were
 *   already awaiting_deliver when the sandbox started have theirs. One posting that cannot be printed fails the
 *   whole request, as the spec says.
 * - "disputed" postings, the ones awaiting-delivery takes, are those not accepted at the sorting centre and those
 *   in arbitration (the spec does not list them); one posting of another status fails the whole request.
 */
import { decimalText, nameOf } from './catalog'
import type { FbsPosting, PostingLine } from './postings'
import { invalidArgumentReply, jsonReply, rpcStatusReply, RpcCode, type Reply } from './replies'
import { SECOND_MS } from './time'
import type { OzonWorld } from './world'

export const LABEL_DELAY_MS = 45 * SECOND_MS
const DISPUTED: ReadonlySet<string> = new Set(['not_accepted', 'arbitration', 'client_arbitration'])
const PACKED_SUBSTATUS = 'posting_not_in_carriage'

export interface ShipProduct {
  sku: number
  quantity: number
}

/** The sandbox's FBS postings as the write methods change them. */
export class FbsWrites {
  /** When a posting was packed through the sandbox: its label is made LABEL_DELAY_MS later. */
  private readonly packedAtMs = new Map<string, number>()

  constructor(private readonly world: OzonWorld) {}

  private find(postingNumber: string): FbsPosting | undefined {
    return this.world.fbs.find((posting) => posting.postingNumber === postingNumber)
  }

  ship(postingNumber: string, packages: readonly ShipProduct[][], withAdditionalData: boolean): Reply {
    const posting = this.find(postingNumber)
    if (!posting) return rpcStatusReply(404, RpcCode.notFound, `POSTING_NOT_FOUND: ${postingNumber}`)
    if (posting.status !== 'awaiting_packaging') {
      return invalidArgumentReply(`POSTING_NOT_AWAITING_PACKAGING: ${postingNumber} is ${posting.status}`)
    }
    const split = this.splitLines(posting, packages)
    if (typeof split === 'string') return invalidArgumentReply(split)
    const nowMs = this.world.now()
    const parts: FbsPosting[] = [posting]
    posting.lines = split[0]!
    let suffix = this.highestPart(posting.orderNumber)
    for (const lines of split.slice(1)) {
      suffix += 1
      const part: FbsPosting = { ...posting, id: this.world.fbs.length, postingNumber: `${posting.orderNumber}-${suffix}`, lines }
      this.world.fbs.push(part)
      parts.push(part)
    }
    for (const part of parts) {
      part.status = 'awaiting_deliver'
      part.substatus = PACKED_SUBSTATUS
      part.statusChangedAtMs = nowMs
      this.packedAtMs.set(part.postingNumber, nowMs)
    }
    return jsonReply(200, {
      result: parts.map((part) => part.postingNumber),
      additional_data: withAdditionalData ? parts.map((part) => ({ posting_number: part.postingNumber, products: part.lines.map((line) => this.productJson(line)) })) : []
    })
  }

  /** The posting's lines cut into the packages, or why they cannot be. */
  private splitLines(posting: FbsPosting, packages: readonly ShipProduct[][]): PostingLine[][] | string {
    const lineOf = new Map(posting.lines.map((line) => [this.world.products[line.productIndex]!.sku, line]))
    const left = new Map(posting.lines.map((line) => [this.world.products[line.productIndex]!.sku, line.quantity]))
    const split: PostingLine[][] = []
    for (const products of packages) {
      const lines: PostingLine[] = []
      for (const { sku, quantity } of products) {
        const line = lineOf.get(sku)
        if (!line) return `PRODUCT_NOT_IN_POSTING: ${sku}`
        const remaining = left.get(sku)! - quantity
        if (quantity < 1 || remaining < 0) return `INVALID_PRODUCT_QUANTITY: ${sku}`
        left.set(sku, remaining)
        lines.push({ ...line, quantity })
      }
      if (lines.length === 0) return 'EMPTY_PACKAGE'
      split.push(lines)
    }
    if ([...left.values()].some((units) => units > 0)) return 'NOT_ALL_PRODUCTS_PACKED'
    return split
  }

  private highestPart(orderNumber: string): number {
    const parts = this.world.fbs.filter((p) => p.orderNumber === orderNumber).map((p) => Number(p.postingNumber.slice(orderNumber.length + 1)))
    return Math.max(0, ...parts.filter(Number.isFinite))
  }

  private productJson(line: PostingLine) {
    const product = this.world.products[line.productIndex]!
    return {
      currency_code: 'RUB',
      mandatory_mark: [],
      name: nameOf(product, this.world.seed),
      offer_id: product.offerId,
      price: decimalText(line.price, 4),
      quantity: line.quantity,
      sku: product.sku
    }
  }

  label(postingNumbers: readonly string[]): Reply {
    const nowMs = this.world.now()
    const notReady: string[] = []
    for (const number of postingNumbers) {
      const posting = this.find(number)
      if (!posting) return rpcStatusReply(404, RpcCode.notFound, `POSTING_NOT_FOUND: ${number}`)
      if (posting.status !== 'awaiting_deliver') return invalidArgumentReply(`POSTING_NOT_AWAITING_DELIVER: ${number} is ${posting.status}`)
      const packedAt = this.packedAtMs.get(number)
      if (packedAt !== undefined && nowMs < packedAt + LABEL_DELAY_MS) notReady.push(number)
    }
    if (notReady.length > 0) return invalidArgumentReply(`The next postings aren't ready: ${notReady.join(', ')}`)
    return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: labelPdf(postingNumbers) }
  }

  awaitingDelivery(postingNumbers: readonly string[]): Reply {
    const postings: FbsPosting[] = []
    for (const number of postingNumbers) {
      const posting = this.find(number)
      if (!posting) return rpcStatusReply(404, RpcCode.notFound, `POSTING_NOT_FOUND: ${number}`)
      if (!DISPUTED.has(posting.status)) return invalidArgumentReply(`POSTING_NOT_DISPUTED: ${number} is ${posting.status}`)
      postings.push(posting)
    }
    const nowMs = this.world.now()
    for (const posting of postings) {
      posting.status = 'awaiting_deliver'
      posting.substatus = PACKED_SUBSTATUS
      posting.statusChangedAtMs = nowMs
    }
    return jsonReply(200, { result: true })
  }
}

/** A one-page PDF per label set, ASCII only, with a correct cross-reference table: any viewer opens it. */
export function labelPdf(postingNumbers: readonly string[]): string {
  const text = postingNumbers.map((number, k) => `BT /F1 14 Tf 40 ${800 - k * 24} Td (${number.replace(/[()\\]/g, '')}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, k) => {
    offsets.push(pdf.length)
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return pdf
}
