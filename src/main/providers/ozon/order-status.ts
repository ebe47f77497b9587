import type { OrderStatus } from '../../../shared/domain/orders'

/**
 * Ozon's posting statuses (FBS /v4/posting/fbs/list and its filter list, FBO /v3/posting/fbo/list) in the one
 * vocabulary of every marketplace, as docs/marketplace-mapping.md maps them. Postings never get a return
 * status: the returns resource (/v1/returns/list, returns-job.ts) marks the lines Ozon lists as returned.
 */
const canonicalByOzonStatus: Readonly<Record<string, OrderStatus>> = {
  awaiting_verification: 'placed',
  'awaiting registration': 'placed',
  acceptance_in_progress: 'placed',
  awaiting_approve: 'placed',
  awaiting_packaging: 'placed',
  // Packed and waiting to be handed over, or refused by the sorting centre and back with the seller.
  awaiting_deliver: 'in_assembly',
  not_accepted: 'in_assembly',
  driver_pickup: 'shipped',
  sent_by_seller: 'shipped',
  delivering: 'shipped',
  arbitration: 'shipped',
  client_arbitration: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  cancelled_from_split_pending: 'cancelled'
}

/**
 * The canonical status of a posting. A status Ozon adds later is told as 'placed', the schema's word for "the
 * marketplace says no more"; the raw one is kept beside it in marketplace_status.
 */
export function ozonOrderStatus(status: string): OrderStatus {
  return canonicalByOzonStatus[status] ?? 'placed'
}

/** The marketplace's own status as the list shows it: `status/substatus`, or the status alone. */
export function ozonMarketplaceStatus(status: string, substatus: string): string {
  return substatus === '' ? status : `${status}/${substatus}`
}
