import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useFbsSupplyPage } from '../../hooks/supplies'
import { useFormatters } from '../../i18n/useFormatDateTime'

interface CreateSupplyDialogProps {
  count: number
  pending: boolean
  /** Why the last attempt failed, already in words. */
  error: string | null
  onSubmit: (name: string) => void
  onClose: () => void
}

export const maxSupplyNameLength = 128

/** Names the new FBS supply; main creates it on WB and adds every selected task, 100 per request. */
export function CreateSupplyDialog({ count, pending, error, onSubmit, onClose }: CreateSupplyDialogProps) {
  const { t } = useTranslation()
  const { day } = useFormatters()
  const titleId = useId()
  const nameId = useId()
  const [name, setName] = useState(() => t('createSupply.defaultName', { date: day(new Date().toISOString()) }))
  const [touched, setTouched] = useState(false)
  const invalid = name.trim().length === 0

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setTouched(true)
    if (!invalid && !pending) onSubmit(name.trim())
  }

  return (
    <Modal onClose={onClose} labelledBy={titleId} className="modal--dialog" testId="create-supply-dialog">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="modal__title">
          {t('createSupply.title')}
        </h2>
        <p>{t('createSupply.text', { count })}</p>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('createSupply.nameLabel')}
          </label>
          <input
            id={nameId}
            className="field__input"
            value={name}
            maxLength={maxSupplyNameLength}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={touched && invalid ? true : undefined}
            disabled={pending}
            autoFocus
            data-testid="supply-name"
          />
          {touched && invalid && <p className="field__error">{t('validation.required')}</p>}
        </div>
        {pending && (
          <div className="pending-note" role="status">
            <progress className="pending-note__bar" aria-label={t('createSupply.pending', { count })} />
            <span>{t('createSupply.pending', { count })}</span>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {pending ? t('app.close') : t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={pending} data-testid="supply-create-confirm">
            {pending ? t('createSupply.creating') : t('createSupply.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}

interface AddToSupplyDialogProps {
  accountId: string
  count: number
  pending: boolean
  error: string | null
  onSubmit: (supplyId: string) => void
  onClose: () => void
}

/** Picks one of the cabinet's open FBS supplies to add the selected tasks to. */
export function AddToSupplyDialog({ accountId, count, pending, error, onSubmit, onClose }: AddToSupplyDialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const selectId = useId()
  const supplies = useFbsSupplyPage({ accountIds: [accountId], status: 'open', page: 0, pageSize: 200 })
  const open = supplies.data?.rows ?? []
  const [chosen, setChosen] = useState('')
  const supplyId = chosen || open[0]?.supplyId || ''

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (supplyId && !pending) onSubmit(supplyId)
  }

  return (
    <Modal onClose={onClose} labelledBy={titleId} className="modal--dialog" testId="add-to-supply-dialog">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="modal__title">
          {t('addToSupply.title')}
        </h2>
        <p>{t('addToSupply.text', { count })}</p>
        {supplies.isPending ? (
          <p className="muted">{t('data.loading')}</p>
        ) : open.length === 0 ? (
          <p className="muted">{t('addToSupply.noOpen')}</p>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('addToSupply.supplyLabel')}
            </label>
            <select id={selectId} className="field__input" value={supplyId} onChange={(event) => setChosen(event.target.value)} disabled={pending} data-testid="add-to-supply-select">
              {open.map((supply) => (
                <option key={supply.supplyId} value={supply.supplyId}>
                  {t('addToSupply.option', { name: supply.name || supply.supplyId, id: supply.supplyId, count: supply.ordersCount })}
                </option>
              ))}
            </select>
          </div>
        )}
        {pending && (
          <div className="pending-note" role="status">
            <progress className="pending-note__bar" aria-label={t('addToSupply.pending', { count })} />
            <span>{t('addToSupply.pending', { count })}</span>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {pending ? t('app.close') : t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={pending || !supplyId} data-testid="add-to-supply-confirm">
            {t('addToSupply.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
