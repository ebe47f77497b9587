/**
 * Card timestamps are kept as integer microseconds since the Unix epoch (about 1.7e15 today, well inside the
 * exactly-representable range of a double) and written the way WB's Go services write them: RFC 3339 in UTC with
 * the fraction's trailing zeros trimmed, e.g. `2023-12-06T11:17:00.96577Z`.
 */

const MICROS_PER_MS = 1000
const MICROS_PER_SECOND = 1_000_000

export function formatMicros(micros: number): string {
  const wholeSeconds = Math.floor(micros / MICROS_PER_SECOND)
  const fraction = micros - wholeSeconds * MICROS_PER_SECOND
  const base = new Date(wholeSeconds * 1000).toISOString().slice(0, 19)
  const digits = String(fraction).padStart(6, '0').replace(/0+$/, '')
  return digits === '' ? `${base}Z` : `${base}.${digits}Z`
}

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/

/** Parses an RFC 3339 date-time to microseconds; digits beyond microseconds are truncated. */
export function parseMicros(text: string): number | undefined {
  const match = rfc3339.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  // Date.UTC rolls over out-of-range fields (month 13, second 61); a round trip rejects them.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== text.slice(0, 19)) return undefined
  const offsetMinutes = zone === 'Z'
    ? 0
    : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  const fractionMicros = Number(fraction.padEnd(6, '0').slice(0, 6))
  return (ms - offsetMinutes * 60_000) * MICROS_PER_MS + fractionMicros
}

export function msToMicros(ms: number): number {
  return Math.floor(ms) * MICROS_PER_MS
}

/** RFC 3339 to whole seconds, as in the `timestamp` of WB's problem+json errors. */
export function formatSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
