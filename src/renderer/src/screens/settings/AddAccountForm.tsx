import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { marketplaces, type Marketplace } from '../../../../shared/domain/marketplace'
import { calls } from '../../../../shared/ipc'
import { TextField } from '../../components/TextField'
import { useMarketplaceDeclarations } from '../../hooks/accounts'
import { useCallMutation } from '../../hooks/useCallMutation'
import { problemsFromError, problemsFromIssues, type FieldProblems } from './account-form-problems'
import { AccountFieldInputs } from './AccountFieldInputs'
import { FormError } from './FormError'
import { useFieldProblemText } from './useFieldProblemText'

/** A marketplace main declares can be connected; the others are listed as coming soon. */
export function AddAccountForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const problemText = useFieldProblemText()
  const titleId = useId()
  const marketplaceId = useId()
  const declarations = useMarketplaceDeclarations().data ?? []
  const [marketplace, setMarketplace] = useState<Marketplace>('wildberries')
  const [name, setName] = useState('')
  const [values, setValues] = useState<Record<string, string>>({})
  const fields = declarations.find((declaration) => declaration.marketplace === marketplace)?.fields ?? []
  const [localProblems, setLocalProblems] = useState<FieldProblems>({})
  const create = useCallMutation('accounts.create', {
    onSuccess: (account) => toast.success(t('settings.added', { name: account.name }))
  })
  const problems = { ...problemsFromError(create.error), ...localProblems }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const entered = Object.fromEntries(fields.map((field) => [field.key, values[field.key] ?? '']))
    const parsed = calls['accounts.create'].input.safeParse({ marketplace, name, fields: entered })
    setLocalProblems(parsed.success ? {} : problemsFromIssues(parsed.error.issues))
    // Per-call onSuccess does not fire once the form is unmounted, so a seller who moved on is not pulled back.
    if (parsed.success) create.mutate(parsed.data, { onSuccess: onDone })
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="account-form">
      <h3 id={titleId} className="card__title">
        {t('settings.addTitle')}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={marketplaceId}>
          {t('settings.marketplaceLabel')}
        </label>
        <select
          id={marketplaceId}
          className="field__input"
          value={marketplace}
          onChange={(event) => {
            setMarketplace(event.target.value as Marketplace)
            setValues({})
          }}
          data-testid="account-marketplace"
        >
          {marketplaces.map((option) => {
            const enabled = declarations.some((declaration) => declaration.marketplace === option)
            const label = t(`marketplace.${option}`)
            return (
              <option key={option} value={option} disabled={!enabled}>
                {enabled ? label : t('marketplace.soon', { name: label })}
              </option>
            )
          })}
        </select>
      </div>
      <TextField
        label={t('settings.nameLabel')}
        placeholder={t('settings.namePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problemText(problems.name)}
        aria-required
        maxLength={80}
        testId="account-name"
      />
      <AccountFieldInputs
        marketplace={marketplace}
        fields={fields}
        values={values}
        onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
        problems={problems}
      />
      <FormError error={create.error} />
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending} data-testid="account-save">
          {create.isPending ? t('app.saving') : t('app.save')}
        </button>
      </div>
    </form>
  )
}
