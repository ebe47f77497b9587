import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { Account } from '../../../../shared/domain/marketplace'
import { DemoBadge } from '../../components/DemoBadge'
import { useCallMutation } from '../../hooks/useCallMutation'
import { errorText } from '../../i18n/error-text'
import { TokenInfoPanel } from './TokenInfoPanel'

interface AccountRowProps {
  account: Account
  onEdit: () => void
  onRemove: () => void
}

export function AccountRow({ account, onEdit, onRemove }: AccountRowProps) {
  const { t } = useTranslation()
  const check = useCallMutation('accounts.checkConnection', {
    onSuccess: (result) => {
      if (result.ok) toast.success(t('settings.checkOk', { name: account.name }))
      else toast.error(t('settings.checkFailed', { name: account.name }))
    }
  })
  // The reason stays in the row until the next check: what to do about a key is read while doing it, not in a toast.
  const failure = check.isPending ? null : check.data?.ok === false ? check.data.error : check.error

  function checkConnection() {
    check.mutate(
      { id: account.id },
      { onError: () => toast.error(t('settings.checkFailed', { name: account.name })) }
    )
  }

  return (
    <>
      <tr data-testid="account-row" className={account.tokenInfo || failure ? 'account-row--with-details' : undefined}>
        <td>
          <span className="account-label">
            <span className="account-label__name">{account.name}</span>
            {account.isDemo && <DemoBadge />}
          </span>
        </td>
        <td>{t(`marketplace.${account.marketplace}`)}</td>
        <td>
          {Object.entries(account.secrets).map(([key, secret]) =>
            secret.set && secret.last4 ? (
              <span key={key} className="token-last4">
                {t('settings.tokenSet', { last4: secret.last4 })}
              </span>
            ) : (
              <span key={key} className="muted">
                {account.isDemo ? t('settings.tokenDemo') : t('settings.tokenNotSet')}
              </span>
            )
          )}
        </td>
        <td className="row-actions">
          <button type="button" className="button button--small" onClick={checkConnection} disabled={check.isPending}>
            {check.isPending ? t('settings.checking') : t('settings.check')}
          </button>
          <button type="button" className="button button--small" onClick={onEdit}>
            {t('settings.edit')}
          </button>
          <button type="button" className="button button--small button--danger-text" onClick={onRemove}>
            {t('settings.remove')}
          </button>
        </td>
      </tr>
      {(account.tokenInfo || failure) && (
        <tr className="account-row__details">
          <td colSpan={4}>
            {failure && (
              <p className="form-error" role="alert" data-testid="account-check-error">
                {errorText(t, failure)}
              </p>
            )}
            {account.tokenInfo && <TokenInfoPanel marketplace={account.marketplace} info={account.tokenInfo} />}
          </td>
        </tr>
      )}
    </>
  )
}
