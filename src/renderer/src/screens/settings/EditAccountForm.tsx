import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { Account } from '../../../../shared/domain/marketplace'
import { calls } from '../../../../shared/ipc'
import { TextField } from '../../components/TextField'
import { useMarketplaceDeclarations } from '../../hooks/accounts'
import { useCallMutation } from '../../hooks/useCallMutation'
import { problemsFromError, problemsFromIssues, type FieldProblems } from './account-form-problems'
import { AccountFieldInputs } from './AccountFieldInputs'
import { FormError } from './FormError'
import { useFieldProblemText } from './useFieldProblemText'

/** Renames a cabinet or replaces its access fields; a stored secret is never shown or prefilled. */
export function EditAccountForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation()
  const problemText = useFieldProblemText()
  const titleId = useId()
  const [name, setName] = useState(account.name)
  const fields = useMarketplaceDeclarations().data?.find((declaration) => declaration.marketplace === account.marketplace)?.fields ?? []
  const [values, setValues] = useState<Record<string, string>>(account.fields)
  const [localProblems, setLocalProblems] = useState<FieldProblems>({})
  const update = useCallMutation('accounts.update', {
    onSuccess: (saved) => {
      toast.success(t('settings.updated', { name: saved.name }))
      onDone()
    }
  })
  const problems = { ...problemsFromError(update.error), ...localProblems }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const changedFields = Object.fromEntries(
      fields.filter((field) => (values[field.key] ?? '').trim() !== '' && values[field.key] !== account.fields[field.key]).map((field) => [field.key, values[field.key]!])
    )
    const changes = {
      id: account.id,
      name: name.trim() !== account.name ? name : undefined,
      fields: Object.keys(changedFields).length > 0 ? changedFields : undefined
    }
    if (changes.name === undefined && changes.fields === undefined) return onDone()
    const parsed = calls['accounts.update'].input.safeParse(changes)
    setLocalProblems(parsed.success ? {} : problemsFromIssues(parsed.error.issues))
    if (parsed.success) update.mutate(parsed.data)
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="account-form">
      <h3 id={titleId} className="card__title">
        {t('settings.editTitle', { name: account.name })}
      </h3>
      <TextField
        label={t('settings.nameLabel')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problemText(problems.name)}
        aria-required
        maxLength={80}
        testId="account-name"
      />
      {!account.isDemo && (
        <AccountFieldInputs
          marketplace={account.marketplace}
          fields={fields}
          values={values}
          onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
          problems={problems}
          replacing
        />
      )}
      <FormError error={update.error} />
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending} data-testid="account-save">
          {update.isPending ? t('app.saving') : t('app.save')}
        </button>
      </div>
    </form>
  )
}
