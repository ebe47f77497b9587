import { and, eq } from 'drizzle-orm'
import type { ProductCharacteristic, WbOrderDetails, WbProductDetails } from '../../../../shared/domain/wildberries-details'
import type { Drizzle } from '../../open'
import { wbOrderDetails, wbProductDetails } from '../../schema'

export function wildberriesProductDetails(db: Drizzle, accountId: string, productId: string): WbProductDetails | undefined {
  const r = db
    .select()
    .from(wbProductDetails)
    .where(and(eq(wbProductDetails.accountId, accountId), eq(wbProductDetails.externalId, productId)))
    .get()
  if (!r) return undefined
  return {
    marketplace: 'wildberries',
    imtId: r.imtId,
    subjectId: r.subjectId,
    characteristics: JSON.parse(r.characteristicsJson) as ProductCharacteristic[],
    dimensions: r.dimensionsJson ? (JSON.parse(r.dimensionsJson) as WbProductDetails['dimensions']) : null
  }
}

export function wildberriesOrderDetails(db: Drizzle, accountId: string, orderId: string): WbOrderDetails | undefined {
  const r = db
    .select()
    .from(wbOrderDetails)
    .where(and(eq(wbOrderDetails.accountId, accountId), eq(wbOrderDetails.externalId, orderId)))
    .get()
  if (!r) return undefined
  return { marketplace: 'wildberries', category: r.category, warehouseType: r.warehouseType, sticker: r.sticker }
}
