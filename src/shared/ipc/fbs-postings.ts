import { z } from 'zod'
import type { ErrorCode } from '../domain/errors'
import type { Marketplace } from '../domain/marketplace'
import type { Money } from '../domain/money'
import { call } from './define'
import { accountFilter, page, pageSize } from './paging'

/**
 * Shipments the seller packs and hands over one by one, on marketplaces that work so (Ozon FBS postings): listed
 * from the orders mirror, one row per shipment; each action reports what the marketplace took and what it refused.
 */
export const postingStages = ['all', 'to_pack', 'packed'] as const
export type PostingStage = (typeof postingStages)[number]

export interface AwaitingPosting {
  accountId: string
  accountName: string
  marketplace: Marketplace
  /** The shipment's number, as its order lines carry it. */
  postingNumber: string
  /** placed: waiting to be packed; in_assembly: packed, waiting to be handed over. */
  status: 'placed' | 'in_assembly'
  marketplaceStatus: string | null
  orderedAt: string
  warehouseName: string
  /** Vendor codes of its lines, in order. */
  vendorCodes: string[]
  quantity: number
  buyerPrice: Money
}

export interface AwaitingPostingPage {
  rows: AwaitingPosting[]
  total: number
  page: number
  pageSize: number
}

/** A shipment the marketplace refused, with its reason in the seller's words and the marketplace's own text. */
export interface PostingFailureView {
  postingNumber: string
  code: ErrorCode
  reason: string
  detail?: string
}

export interface PostingLabelView {
  fileName: string
  postingNumbers: string[]
  byteLength: number
  /** The PDF itself, for the renderer to offer as a download; null above the size the contract carries. */
  base64: string | null
  /** Where main saved it, in the app's data folder, so it opens without the marketplace later. */
  savedPath: string
}

/** A label PDF saved in the app's data folder, which opens without the marketplace. */
export interface SavedLabelView {
  accountId: string
  fileName: string
  postingNumbers: string[]
  savedAt: string
  byteLength: number
}

/** A cabinet whose shipments could not be refreshed, beside the ones that were. */
export interface PostingsRefreshFailure {
  accountId: string
  accountName: string
  code: ErrorCode
  reason: string
}

/** What one call may carry; a marketplace cuts it into its own request sizes. */
const maxPostings = 500
const postingNumber = z.string().trim().min(1).max(64)
const postingNumbers = z.array(postingNumber).min(1).max(maxPostings)
const packageLine = z.strictObject({ lineId: z.string().min(1).max(200), quantity: z.int().min(1).max(100_000) })

/** Packing, handing over and refreshing move the shipments' order lines; labels change only the saved files. */
const postingChanges = ['orders'] as const
/** The marketplace's own file name, as saved: one segment, no folders. */
const labelFileName = z.string().min(1).max(255)

export const fbsPostingsCalls = {
  'postings.listAwaiting': call<AwaitingPostingPage>()(
    z.strictObject({ accountIds: accountFilter, stage: z.enum(postingStages), page, pageSize }),
    { reads: ['orders', 'accounts'] }
  ),
  'postings.pack': call<{ packed: Array<{ postingNumber: string; resulting: string[] }>; failed: PostingFailureView[] }>()(
    z.strictObject({
      accountId: z.uuid(),
      postings: z
        .array(
          z.strictObject({
            postingNumber,
            /** Several parcels of one shipment, each listing order lines and units; none: one parcel with everything. */
            packages: z.array(z.array(packageLine).min(1).max(100)).min(1).max(100).optional()
          })
        )
        .min(1)
        .max(maxPostings)
    }),
    { changes: postingChanges }
  ),
  'postings.refresh': call<{ postings: number; failed: PostingsRefreshFailure[] }>()(z.strictObject({ accountIds: accountFilter }), { changes: postingChanges }),
  'postings.labels': call<{ files: PostingLabelView[]; failed: PostingFailureView[] }>()(
    z.strictObject({ accountId: z.uuid(), postingNumbers }),
    { changes: ['labels'] }
  ),
  'postings.savedLabels': call<SavedLabelView[]>()(z.strictObject({ accountIds: accountFilter }), { reads: ['labels', 'accounts'] }),
  'postings.openLabel': call<PostingLabelView>()(z.strictObject({ accountId: z.uuid(), fileName: labelFileName })),
  'postings.handOver': call<{ handedOver: string[]; failed: PostingFailureView[] }>()(
    z.strictObject({ accountId: z.uuid(), postingNumbers }),
    { changes: postingChanges }
  )
}
