import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime, toLocale } from './format'

/** Formats a moment in the active interface language ("28 нояб. 2026, 16:05"). */
export function useFormatDateTime(): (value: string | number | Date) => string {
  const { i18n } = useTranslation()
  const locale = toLocale(i18n.resolvedLanguage)
  return useCallback((value) => formatDateTime(value, locale), [locale])
}
