import { z } from 'zod'
import { optionalText } from './json-fields'

/**
 * POST /v1/analytics/data (swagger.json L28076) `result.data[]` as the app asks for it: dimensions `sku` then
 * `day` (its id the day, `YYYY-MM-DD`), then the metrics in the order asked.
 */
const analyticsRow = z.object({
  dimensions: z.tuple([
    z.object({ id: z.string().regex(/^\d+$/).transform(Number), name: optionalText }),
    z.object({ id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: optionalText })
  ]),
  metrics: z.array(z.number().finite())
})
export type OzonAnalyticsRow = z.infer<typeof analyticsRow>

export const ozonAnalyticsPage = z.object({
  result: z.object({ data: z.array(analyticsRow).nullish(), totals: z.array(z.number()).nullish() })
})
export type OzonAnalyticsPage = z.infer<typeof ozonAnalyticsPage>
