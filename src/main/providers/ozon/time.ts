/** Moscow has kept UTC+3 all year since 2014; Ozon's cabinet and reports cut days there. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Seller API works in UTC (swagger.json L137) and writes RFC 3339 instants; they are kept in one fixed-width UTC
 * form so they sort as text.
 */
export function isoUtc(instant: string): string {
  return new Date(Date.parse(instant)).toISOString()
}

/** The Moscow calendar day of an instant: "2026-03-01" for 2026-02-28T21:00:00Z. */
export function moscowDay(instant: string): string {
  return new Date(Date.parse(instant) + MOSCOW_OFFSET_MS).toISOString().slice(0, 10)
}

/** The `since`/`to` form of the posting filters: `YYYY-MM-DDThh:mm:ssZ` (GROUND-TRUTH §2.7). */
export function filterInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
