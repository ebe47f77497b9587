import { and, eq } from 'drizzle-orm'
import type { Money } from '../../../../shared/domain/money'
import type { OzonOrderDetails, OzonProductDetails, OzonProductError } from '../../../../shared/domain/ozon-details'
import type { Drizzle } from '../../open'
import { ozonOrderDetails, ozonProductDetails } from '../../schema'

export function ozonProductDetailsOf(db: Drizzle, accountId: string, productId: string): OzonProductDetails | undefined {
  const r = db
    .select()
    .from(ozonProductDetails)
    .where(and(eq(ozonProductDetails.accountId, accountId), eq(ozonProductDetails.externalId, productId)))
    .get()
  if (!r) return undefined
  const money = (kopecks: number | null): Money | null => (kopecks === null ? null : { kopecks, currency: r.currencyCode })
  return {
    marketplace: 'ozon',
    sku: r.sku,
    status: r.status,
    statusName: r.statusName,
    moderateStatus: r.moderateStatus,
    validationStatus: r.validationStatus,
    price: money(r.priceKopecks),
    oldPrice: money(r.oldPriceKopecks),
    minPrice: money(r.minPriceKopecks),
    isArchived: r.isArchived,
    isAutoarchived: r.isAutoarchived,
    descriptionCategoryId: r.descriptionCategoryId,
    typeId: r.typeId,
    errors: JSON.parse(r.errorsJson) as OzonProductError[]
  }
}

export function ozonOrderDetailsOf(db: Drizzle, accountId: string, orderId: string): OzonOrderDetails | undefined {
  const r = db
    .select()
    .from(ozonOrderDetails)
    .where(and(eq(ozonOrderDetails.accountId, accountId), eq(ozonOrderDetails.externalId, orderId)))
    .get()
  if (!r) return undefined
  return {
    marketplace: 'ozon',
    postingNumber: r.postingNumber,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    scheme: r.scheme,
    substatus: r.substatus,
    shipmentDate: r.shipmentDate,
    deliverySchema: r.deliverySchema,
    warehouseId: r.warehouseId,
    cancelReason: r.cancelReason,
    cancellationInitiator: r.cancellationInitiator
  }
}
