export const locales = ['ru', 'en'] as const
export type Locale = (typeof locales)[number]

const intlLocales: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }

export function toLocale(language: string | undefined): Locale {
  return language?.startsWith('en') ? 'en' : 'ru'
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>()

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit'
    })
    dateTimeFormats.set(locale, format)
  }
  return format
}

/**
 * A moment as sellers read it: "28 нояб. 2026, 16:05" / "28 Nov 2026, 16:05", in local time. ICU writes
 * "2026 г.," in Russian; the year suffix is dropped to keep dense tables short.
 */
export function formatDateTime(value: string | number | Date, locale: Locale): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return '—'
  return dateTimeFormat(locale)
    .formatToParts(date)
    .map((part) => (part.type === 'literal' ? part.value.replace(/^\s*г\./, '') : part.value))
    .join('')
}
