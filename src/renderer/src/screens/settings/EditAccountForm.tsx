import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { Account } from '../../../../shared/domain/marketplace'
import { calls } from '../../../../shared/ipc'
import { TextField } from '../../components/TextField'
import { useCallMutation } from '../../hooks/useCallMutation'
import { problemsFromError, problemsFromIssues, type FieldProblems } from './account-form-problems'
import { FormError } from './FormError'
import { useFieldProblemText } from './useFieldProblemText'

/** Renames a cabinet or replaces its token; the current token is never shown or prefilled. */
export function EditAccountForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation()
  const problemText = useFieldProblemText()
  const titleId = useId()
  const [name, setName] = useState(account.name)
  const [token, setToken] = useState('')
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
    const changes = {
      id: account.id,
      name: name.trim() !== account.name ? name : undefined,
      token: token.trim() ? token : undefined
    }
    if (changes.name === undefined && changes.token === undefined) return onDone()
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
        <TextField
          label={t('settings.tokenReplaceLabel')}
          type="password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          error={problemText(problems.token)}
          hint={`${t('settings.tokenReplaceHint')} ${t('settings.tokenHint')}`}
          autoComplete="off"
          spellCheck={false}
          testId="account-token"
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
