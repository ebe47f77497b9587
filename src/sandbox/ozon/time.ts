/**
 * Ozon's Seller API works in UTC (swagger.json, tag "Getting started"). Timestamps are written the way protojson
 * writes a google.protobuf.Timestamp: RFC 3339 in UTC with 0, 3 or 6 fractional digits, e.g. `2026-03-11T11:57:51Z`,
 * `2026-03-11T11:57:51.811Z`, `2024-06-04T09:35:44.934722Z` (the last as recorded from a real product). Requests may
 * carry any RFC 3339 offset and up to nine fractional digits.
 */

export const SECOND_MS = 1000
export const MINUTE_MS = 60 * SECOND_MS
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** `micros` (0..999) are the microseconds within the millisecond; with them the fraction has six digits. */
export function formatTimestamp(ms: number, micros = 0): string {
  const text = new Date(Math.floor(ms)).toISOString()
  if (micros > 0) return `${text.slice(0, 23)}${String(micros).padStart(3, '0')}Z`
  return text.endsWith('.000Z') ? `${text.slice(0, 19)}Z` : text
}

/**
 * A stored moment as Ozon's databases write it, to the microsecond: the digits below the millisecond come from the
 * moment itself, so the same moment always reads the same.
 */
export function formatStoredTimestamp(ms: number): string {
  const whole = Math.floor(ms)
  return formatTimestamp(whole, (whole * 7919 + 131) % 1000)
}

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/

/** Milliseconds since the epoch, or undefined for text protojson would refuse as a Timestamp. */
export function parseTimestamp(text: string): number | undefined {
  const match = rfc3339.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  // Date.UTC rolls over out-of-range fields (month 13, second 61); a round trip rejects them.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== `${year}-${month}-${day}T${hour}:${minute}:${second}`) return undefined
  const offsetMinutes = zone === 'Z' || zone === 'z'
    ? 0
    : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  return ms - offsetMinutes * MINUTE_MS + Number(fraction.padEnd(3, '0').slice(0, 3))
}

/** The same wall time `months` calendar months later, in UTC (an API key lives six months). */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date.getTime()
}
