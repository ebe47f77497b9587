import { z } from 'zod'

export const accountFilter = z.array(z.uuid()).max(50).optional()
export const searchText = z.string().max(200).optional()
export const page = z.int().min(0).max(1_000_000)
export const pageSize = z.int().min(10).max(200)

export function sortBy<const F extends readonly [string, ...string[]]>(fields: F) {
  return z.strictObject({ field: z.enum(fields), dir: z.enum(['asc', 'desc']) })
}
