import { useTranslation } from 'react-i18next'
import { errorText } from '../i18n/error-text'

interface ErrorNoticeProps {
  error: unknown
  title?: string
  onRetry?: () => void
}

/** A failed load: what went wrong, what to do, and a retry button. */
export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation()
  return (
    <div className="error-notice" role="alert">
      {title && <p className="error-notice__title">{title}</p>}
      <p>{errorText(t, error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  )
}
