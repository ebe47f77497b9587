/**
 * Moscow time (UTC+3 all year since 2014), as the statistics and FBW supply APIs write and read it:
 * statistics rows carry `2026-11-20T12:34:56` with no offset, FBW supplies `2026-11-20T12:34:56+03:00`, and the
 * statistics `dateFrom` is a date or date-time taken as Moscow time unless it names its own offset.
 */

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

const two = (value: number): string => (value < 10 ? `0${value}` : String(value))

/**
 * `2026-11-20T12:34:56`: Moscow wall-clock time to the second, no offset. Written out by hand because a statistics
 * page formats 160,000 of these and Date#toISOString is several times slower.
 */
export function formatMoscow(ms: number): string {
  const seconds = Math.floor((ms + MOSCOW_OFFSET_MS) / 1000)
  const days = Math.floor(seconds / 86_400)
  const clock = seconds - days * 86_400
  // Days to a civil date (H. Hinnant's days_from_civil, inverted), for years 0000–9999.
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  const hour = Math.floor(clock / 3600)
  const minute = Math.floor((clock % 3600) / 60)
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(clock % 60)}`
}

/** `2026-11-20T12:34:56+03:00`. */
export function formatMoscowWithOffset(ms: number): string {
  return `${formatMoscow(ms)}+03:00`
}

/** The instant the Moscow calendar day holding `ms` starts. */
export function moscowDayStart(ms: number): number {
  return Math.floor((ms + MOSCOW_OFFSET_MS) / DAY_MS) * DAY_MS - MOSCOW_OFFSET_MS
}

const dateOrDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/

/**
 * Reads `2019-06-20`, `2019-06-20T23:59`, `2019-06-20T23:59:59`, `2019-06-20T00:00:00.12345` or any of these with
 * `Z`/`±hh:mm`; without an offset the time is Moscow's. Returns milliseconds (fractional below a millisecond).
 */
export function parseMoscowDateTime(text: string): number | undefined {
  const match = dateOrDateTime.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match
  if (zone !== undefined && match[4] === undefined) return undefined
  const wallClockMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  // Date.UTC rolls over out-of-range fields (month 13, hour 25); a round trip rejects them.
  const roundTrip = new Date(wallClockMs).toISOString()
  if (Number.isNaN(wallClockMs) || roundTrip.slice(0, 10) !== `${year}-${month}-${day}`
    || roundTrip.slice(11, 19) !== `${hour}:${minute}:${second}`) return undefined
  const offsetMs = zone === undefined
    ? MOSCOW_OFFSET_MS
    : zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000
  return wallClockMs - offsetMs + Number(`0.${fraction || '0'}`) * 1000
}

/** `YYYY-MM-DD` (the FBW supply filters' ISO date) as the instant that Moscow day starts. */
export function parseMoscowDate(text: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseMoscowDateTime(text) : undefined
}
