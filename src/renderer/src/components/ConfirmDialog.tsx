import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  pending?: boolean
  /** Shown under the text when the confirmed action failed. */
  error?: string | null
}

/** Asks before a destructive action; the confirm button is styled as dangerous. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, pending = false, error }: ConfirmDialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <Modal onClose={onCancel} labelledBy={titleId} className="modal--dialog" testId="confirm-dialog">
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <div className="modal__body">{children}</div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('app.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending} data-testid="confirm-dialog-confirm">
          {confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
