export const locales = ['ru', 'en'] as const
export type Locale = (typeof locales)[number]

export const intlLocales: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }

export function toLocale(language: string | undefined): Locale {
  return language?.startsWith('en') ? 'en' : 'ru'
}

type FormatKind = 'local' | 'moscow' | 'wall' | 'day'

/** 'long' reads "28 нояб. 2026, 16:05"; 'compact' is "28.11.2026, 16:05" for dense table columns. */
export type DateStyle = 'long' | 'compact'

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

function timeZoneOf(kind: FormatKind): { timeZone?: string } {
  if (kind === 'local') return {}
  if (kind === 'moscow') return { timeZone: 'Europe/Moscow' }
  // Wall-clock values are read into a UTC Date and written back unshifted.
  return { timeZone: 'UTC' }
}

function dateTimeFormat(locale: Locale, kind: FormatKind, style: DateStyle = 'long'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}:${style}`
  let format = dateTimeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], {
      ...(style === 'compact' ? { day: '2-digit', month: '2-digit' } : { day: 'numeric', month: 'short' }),
      year: 'numeric',
      ...(kind === 'day' ? {} : { hour: '2-digit', minute: '2-digit' }),
      ...timeZoneOf(kind)
    })
    dateTimeFormats.set(key, format)
  }
  return format
}

/** ICU writes "2026 г.," in Russian; the year suffix is dropped to keep dense tables short. */
function formatParts(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'literal' ? part.value.replace(/^\s*г\./, '') : part.value))
    .join('')
}

/**
 * A moment as sellers read it: "28 нояб. 2026, 16:05" / "28 Nov 2026, 16:05", in local time. For ISO
 * moments with an offset or Z (FBS assembly tasks, sync times).
 */
export function formatDateTime(value: string | number | Date, locale: Locale, style: DateStyle = 'long'): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return '—'
  return formatParts(dateTimeFormat(locale, 'local', style), date)
}

/**
 * A UTC instant (orders, sales) in Moscow time, the way marketplace cabinets show it and sellers read it,
 * whatever the computer's time zone: '2026-11-28T13:05:00Z' → "28 нояб. 2026, 16:05".
 */
export function formatMoscowTime(value: string, locale: Locale, style: DateStyle = 'long'): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return '—'
  return formatParts(dateTimeFormat(locale, 'moscow', style), date)
}

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/

/** The calendar date and clock time written at the start of a value, as a UTC Date; null when there are none. */
function wallClockDate(value: string): Date | null {
  const match = wallClockPattern.exec(value)
  if (!match) return null
  const [, year, month, day, hour = '0', minute = '0'] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)))
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A WB statistics time ("2026-11-28T16:05:00", Moscow time, no offset) shown exactly as written, whatever
 * the computer's time zone: "28 нояб. 2026, 16:05".
 */
export function formatWallClock(value: string, locale: Locale, style: DateStyle = 'long'): string {
  const date = wallClockDate(value)
  return date ? formatParts(dateTimeFormat(locale, 'wall', style), date) : '—'
}

/** The calendar date written at the start of a value ("2026-11-28…"): "28 нояб. 2026". */
export function formatDay(value: string, locale: Locale, style: DateStyle = 'long'): string {
  const date = wallClockDate(value)
  return date ? formatParts(dateTimeFormat(locale, 'day', style), date).trim() : '—'
}

const offsetPattern = /(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * A time that may or may not say its offset: with one (…Z, …+03:00) it is a moment shown in local time,
 * without one it is WB's Moscow wall-clock time, shown as written.
 */
export function formatMoment(value: string, locale: Locale, style: DateStyle = 'long'): string {
  return offsetPattern.test(value.trim()) ? formatDateTime(value, locale, style) : formatWallClock(value, locale, style)
}
