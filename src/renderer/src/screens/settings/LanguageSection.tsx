import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { useSetLocale } from '../../hooks/app-status'
import { errorText } from '../../i18n/error-text'
import { locales, toLocale, type Locale } from '../../i18n/format'

export function LanguageSection() {
  const { t, i18n } = useTranslation()
  const selectId = useId()
  const setLocale = useSetLocale()

  function change(locale: Locale) {
    setLocale.mutate({ locale }, { onError: (error) => toast.error(errorText(t, error)) })
  }

  return (
    <section className="settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language" className="settings-section__title">
        {t('settings.language')}
      </h2>
      <div className="field field--inline">
        <label className="field__label" htmlFor={selectId}>
          {t('settings.languageLabel')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={toLocale(i18n.resolvedLanguage)}
          onChange={(event) => change(toLocale(event.target.value))}
          disabled={setLocale.isPending}
          data-testid="language-select"
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`settings.languages.${locale}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}
