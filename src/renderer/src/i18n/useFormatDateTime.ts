import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CurrencyCode, Kopecks } from '../../../shared/domain/money'
import { formatDateTime, formatDay, formatMoment, formatMoscowTime, toLocale, type DateStyle, type Locale } from './format'
import { formatCount, formatMoney, formatPercent } from './money'

/** Formats a moment in the active interface language ("28 нояб. 2026, 16:05"). */
export function useFormatDateTime(): (value: string | number | Date) => string {
  return useFormatters().dateTime
}

export interface Formatters {
  locale: Locale
  /** An ISO moment (with offset or Z) in local time. */
  dateTime: (value: string | number | Date, style?: DateStyle) => string
  /** A UTC instant in Moscow time (orders, sales). */
  moscow: (value: string, style?: DateStyle) => string
  /** A time with an offset in local time, one without as written (see formatMoment). */
  moment: (value: string, style?: DateStyle) => string
  day: (value: string, style?: DateStyle) => string
  /** Roubles unless another currency is named. */
  money: (kopecks: Kopecks, currency?: CurrencyCode) => string
  percent: (value: number) => string
  count: (value: number) => string
}

/** Every value formatter in the active interface language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation()
  const locale = toLocale(i18n.resolvedLanguage)
  return useMemo(
    () => ({
      locale,
      dateTime: (value, style) => formatDateTime(value, locale, style),
      moscow: (value, style) => formatMoscowTime(value, locale, style),
      moment: (value, style) => formatMoment(value, locale, style),
      day: (value, style) => formatDay(value, locale, style),
      money: (kopecks, currency) => formatMoney(kopecks, locale, currency),
      percent: (value) => formatPercent(value, locale),
      count: (value) => formatCount(value, locale)
    }),
    [locale]
  )
}
