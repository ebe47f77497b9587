import type { Money } from './money'

/** Ozon's own fields of the neutral rows: the Ozon section of the detail panels. */

/** One of Ozon's creation or validation errors of a product, as Ozon words it. */
export interface OzonProductError {
  code: string
  /** Ozon's level, as sent (ERROR_LEVEL_ERROR, ERROR_LEVEL_WARNING, …). */
  level: string
  field: string
  attributeId: number | null
  message: string
}

export interface OzonProductDetails {
  marketplace: 'ozon'
  /** Null until moderation gives the product one. */
  sku: number | null
  status: string
  statusName: string
  moderateStatus: string
  validationStatus: string
  /** The price on the product page, discounts included; null where Ozon has none. */
  price: Money | null
  /** The price before discounts, shown struck through. */
  oldPrice: Money | null
  /** The lowest price with every promotion applied. */
  minPrice: Money | null
  isArchived: boolean
  isAutoarchived: boolean
  descriptionCategoryId: number | null
  typeId: number | null
  errors: OzonProductError[]
}

export interface OzonOrderDetails {
  marketplace: 'ozon'
  postingNumber: string
  /** The buyer's order the posting belongs to. */
  orderId: number | null
  orderNumber: string
  /** Which of Ozon's lists the posting came from: the seller's warehouses (FBS, rFBS) or Ozon's (FBO). */
  scheme: 'fbs' | 'fbo'
  substatus: string
  /** The packaging deadline (FBS), UTC. */
  shipmentDate: string | null
  deliverySchema: string
  warehouseId: number | null
  cancelReason: string
  cancellationInitiator: string
}
