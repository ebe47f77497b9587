import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'

interface DrawerProps {
  title: ReactNode
  onClose: () => void
  testId: string
  children: ReactNode
  /** Buttons under the title (e.g. an action on the opened record). */
  actions?: ReactNode
}

/** A side panel over the screen with one record's details. Esc, the ✕ or a click outside closes it. */
export function Drawer({ title, onClose, testId, children, actions }: DrawerProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <Modal onClose={onClose} labelledBy={titleId} className="modal--drawer" testId={testId}>
      <header className="drawer__header">
        <div className="drawer__heading">
          <h2 id={titleId} className="drawer__title">
            {title}
          </h2>
          {actions && <div className="drawer__actions">{actions}</div>}
        </div>
        <button type="button" className="button button--icon" onClick={onClose} aria-label={t('app.close')} autoFocus>
          ✕
        </button>
      </header>
      <div className="drawer__body">{children}</div>
    </Modal>
  )
}
