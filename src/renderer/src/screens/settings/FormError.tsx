import { useTranslation } from 'react-i18next'
import { errorText } from '../../i18n/error-text'
import { isFieldError } from './account-form-problems'

/** A failed save that no single field explains, shown above the form's buttons. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error || isFieldError(error)) return null
  return (
    <p className="form-error" role="alert">
      {errorText(t, error)}
    </p>
  )
}
