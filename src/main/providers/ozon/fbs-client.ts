import { z } from 'zod'
import { SferaError } from '../../../shared/domain/errors'
import { malformedResponse } from '../../http'
import type { ProviderDeps } from '../provider'
import { OZON_SERVICE, ozonError } from './errors'
import { ozonEndpointsOf } from './hosts'
import { ozonBudgetKey, ozonBudgetSpec, ozonPostingListLimit } from './limits'
import { ozonFbsPostingPage, type OzonFbsPosting, type OzonPostingPage } from './posting-types'

/** The FBS methods that change a posting, and the label method that prints it (swagger.json tag FBS). */
export const ozonFbsWriteRoutes = {
  ship: '/v4/posting/fbs/ship',
  packageLabel: '/v2/posting/fbs/package-label',
  awaitingDelivery: '/v2/posting/fbs/awaiting-delivery'
} as const

/** The FBS list the packaging tab refreshes from: postings not yet handed over, by packaging deadline. */
export const ozonFbsReadRoutes = {
  unfulfilled: '/v4/posting/fbs/unfulfilled/list'
} as const

/** The statuses the packaging tab works on: to pack, and packed but not handed over. */
const packagingStatuses = ['awaiting_packaging', 'awaiting_deliver']

/** A parcel of a posting: SKUs (the schema's `product_id` is the SKU) and their units. */
export type OzonShipPackage = ReadonlyArray<{ sku: number; quantity: number }>

const shipResponse = z.object({
  /** The postings the request made of the posting: itself alone, or the parts it was split into. */
  result: z.array(z.string().min(1)).nullish(),
  additional_data: z
    .array(z.object({ posting_number: z.string().min(1), products: z.array(z.object({ sku: z.number().int(), quantity: z.number().int() })).nullish() }))
    .nullish()
})
export type OzonShipResponse = z.infer<typeof shipResponse>

const labelJson = z.object({ file_content: z.string().min(1), file_name: z.string().nullish() })
const booleanResponse = z.object({ result: z.boolean().nullish() })

const pdfMagic = '%PDF'

/**
 * The FBS write methods, and the list they start from, on the Client-Id's budget. No write is sent twice by the
 * HTTP layer: a ship or a hand-over that timed out may have gone through, and only a fresh read of the posting can tell.
 */
export class OzonFbsClient {
  constructor(
    private readonly deps: ProviderDeps,
    private readonly clientId: string,
    private readonly apiKey: string,
    private readonly signal: AbortSignal
  ) {}

  async ship(postingNumber: string, packages: readonly OzonShipPackage[]): Promise<OzonShipResponse> {
    const json = {
      posting_number: postingNumber,
      packages: packages.map((products) => ({ products: products.map((p) => ({ product_id: p.sku, quantity: p.quantity })) })),
      with: { additional_data: true }
    }
    const body = await this.post(ozonFbsWriteRoutes.ship, json, 'json')
    return this.parse(ozonFbsWriteRoutes.ship, shipResponse, body)
  }

  /**
   * The PDF of up to 20 postings' labels. The spec gives the answer as `application/pdf` and also describes it as
   * `{file_content, file_name, content_type}`; both forms are read.
   */
  async packageLabel(postingNumbers: readonly string[]): Promise<{ bytes: Uint8Array; fileName: string | null }> {
    const path = ozonFbsWriteRoutes.packageLabel
    const response = await this.post(path, { posting_number: postingNumbers }, 'bytes')
    const raw = Buffer.isBuffer(response) ? response : Buffer.alloc(0)
    let bytes: Buffer = raw
    let fileName: string | null = null
    if (raw.subarray(0, 1).toString('latin1') === '{') {
      const parsed = this.parse(path, labelJson, JSON.parse(raw.toString('utf8')) as unknown)
      bytes = Buffer.from(parsed.file_content, 'base64')
      fileName = parsed.file_name ?? null
    }
    if (bytes.subarray(0, pdfMagic.length).toString('latin1') !== pdfMagic) {
      throw new SferaError('malformed_response', 'Ozon прислал этикетку не в формате PDF', { service: OZON_SERVICE, method: path })
    }
    return { bytes, fileName }
  }

  /**
   * A page of the postings awaiting packaging or hand-over whose packaging deadline (`cutoff`) falls in the
   * period, with the same extras the sync asks for, so their rows come out as a sync's.
   */
  async unfulfilled(cutoff: { from: string; to: string }, cursor: string): Promise<OzonPostingPage<OzonFbsPosting>> {
    const path = ozonFbsReadRoutes.unfulfilled
    const json = {
      filter: { cutoff_from: cutoff.from, cutoff_to: cutoff.to, statuses: packagingStatuses },
      cursor,
      limit: ozonPostingListLimit,
      sort_dir: 'ASC',
      with: { analytics_data: true, financial_data: true }
    }
    return this.parse(path, ozonFbsPostingPage, await this.post(path, json, 'json', true))
  }

  /** Up to 100 postings; `result` false is a refusal without a reason. */
  async awaitingDelivery(postingNumbers: readonly string[]): Promise<boolean> {
    const path = ozonFbsWriteRoutes.awaitingDelivery
    const body = await this.post(path, { posting_number: postingNumbers }, 'json')
    return this.parse(path, booleanResponse, body).result === true
  }

  /** A read may be sent again after a timeout; a write may not. */
  private async post(path: string, json: unknown, expect: 'json' | 'bytes', idempotent = false): Promise<unknown> {
    const { http, budgets, endpoints, now } = this.deps
    try {
      const response = await http.request({
        method: 'POST',
        url: ozonEndpointsOf(endpoints).seller + path,
        headers: { 'Client-Id': this.clientId, 'Api-Key': this.apiKey },
        json,
        expect,
        idempotent,
        budget: budgets.get(ozonBudgetKey(this.clientId), ozonBudgetSpec),
        signal: this.signal
      })
      return response.body
    } catch (error) {
      throw ozonError(error, path, `POST ${path}`, now())
    }
  }

  private parse<S extends z.ZodType>(path: string, schema: S, body: unknown): z.infer<S> {
    const parsed = schema.safeParse(body)
    if (!parsed.success) throw malformedResponse(OZON_SERVICE, `POST ${path}`, parsed.error)
    return parsed.data
  }
}

export async function ozonFbsClientFor(deps: ProviderDeps, signal: AbortSignal): Promise<OzonFbsClient> {
  const clientId = deps.field('clientId')
  if (!clientId) throw new SferaError('auth_failed', 'В кабинете Ozon не указан Client-Id', { service: OZON_SERVICE, field: 'clientId' })
  return new OzonFbsClient(deps, clientId, await deps.secret('apiKey'), signal)
}
