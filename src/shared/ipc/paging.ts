import { z } from 'zod'
import { marketplaces } from '../domain/marketplace'

export const accountFilter = z.array(z.uuid()).max(50).optional()
/** Only these marketplaces' rows; none means every marketplace. */
export const marketplaceFilter = z.array(z.enum(marketplaces)).max(marketplaces.length).optional()
export const searchText = z.string().max(200).optional()
export const page = z.int().min(0).max(1_000_000)
export const pageSize = z.int().min(10).max(200)

export function sortBy<const F extends readonly [string, ...string[]]>(fields: F) {
  return z.strictObject({ field: z.enum(fields), dir: z.enum(['asc', 'desc']) })
}

/** A marketplace's own id of a row (WB's nmID or srid, Ozon's posting number), as text. */
export const externalId = z.string().min(1).max(200)
