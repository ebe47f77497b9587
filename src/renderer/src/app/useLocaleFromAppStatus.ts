import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStatus } from '../hooks/app-status'

/** Keeps i18next on the locale main has saved (app.status; changed through app.setLocale). */
export function useLocaleFromAppStatus(): void {
  const { i18n } = useTranslation()
  const locale = useAppStatus().data?.locale
  useEffect(() => {
    if (locale && i18n.resolvedLanguage !== locale) void i18n.changeLanguage(locale)
  }, [i18n, locale])
}
