/** Moscow has kept UTC+3 all year since 2014; WB's statistics dates are in it, without an offset. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

/** "2026-11-01T00:00:00": the statistics `dateFrom` form (12-reports.yaml L102). */
export function moscowDateTime(epochMs: number): string {
  return new Date(epochMs + MOSCOW_OFFSET_MS).toISOString().slice(0, 19)
}

/**
 * A statistics date as epoch ms. WB writes them in Moscow time without an offset; one that carries an
 * offset or a Z is read as written. Null for anything that is not a date-time.
 */
export function moscowDateTimeToEpoch(text: string): number | null {
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(text)
  const ms = Date.parse(hasZone ? text : `${text}Z`)
  if (Number.isNaN(ms)) return null
  return hasZone ? ms : ms - MOSCOW_OFFSET_MS
}

/** Marketplace `dateFrom`/`dateTo`: Unix seconds, UTC (03-orders-fbs.yaml L469). */
export function unixSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000)
}

/** One fixed-width UTC form, so timestamps sort as text; what does not parse is kept as sent. */
export function isoUtc(value: string): string {
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? value : new Date(ms).toISOString()
}

/** A statistics date as a UTC instant and its Moscow day; what does not parse is kept as sent, as isoUtc does. */
export function statisticsInstant(text: string): { utc: string; moscowDay: string } {
  const ms = moscowDateTimeToEpoch(text)
  if (ms === null) return { utc: text, moscowDay: text.slice(0, 10) }
  return { utc: new Date(ms).toISOString(), moscowDay: moscowDateTime(ms).slice(0, 10) }
}

export function statisticsUtc(text: string): string {
  const ms = moscowDateTimeToEpoch(text)
  return ms === null ? text : new Date(ms).toISOString()
}
