import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../shared/domain/marketplace'
import { routeHref } from '../../app/routes'
import { navigate } from '../../app/useRoute'
import { useAccounts } from '../../hooks/accounts'
import { AccountRow } from './AccountRow'
import { AddAccountForm } from './AddAccountForm'
import { EditAccountForm } from './EditAccountForm'
import { RemoveAccountDialog } from './RemoveAccountDialog'

/** The cabinets: list, add (`#/settings/add`), edit and remove. */
export function AccountsSection({ adding }: { adding: boolean }) {
  const { t } = useTranslation()
  const accounts = useAccounts().data ?? []
  const [editingId, setEditingId] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Account | null>(null)
  const editing = accounts.find((account) => account.id === editingId)

  return (
    <section className="settings-section" aria-labelledby="settings-accounts">
      <div className="settings-section__header">
        <h2 id="settings-accounts" className="settings-section__title">
          {t('settings.accounts')}
        </h2>
        {!adding && (
          <button type="button" className="button button--primary" onClick={() => navigate(routeHref('settings', 'add'))} data-testid="account-add">
            {t('settings.addAccount')}
          </button>
        )}
      </div>

      {accounts.length > 0 ? (
        <table className="data-table accounts-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.columns.name')}</th>
              <th scope="col">{t('settings.columns.marketplace')}</th>
              <th scope="col">{t('settings.columns.token')}</th>
              <th scope="col">
                <span className="sr-only">{t('settings.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                onEdit={() => setEditingId(account.id)}
                onRemove={() => setRemoving(account)}
              />
            ))}
          </tbody>
        </table>
      ) : (
        !adding && <p className="muted">{t('settings.noAccounts')}</p>
      )}

      {adding && <AddAccountForm onDone={() => navigate(routeHref('settings'))} />}
      {editing && <EditAccountForm key={editing.id} account={editing} onDone={() => setEditingId(null)} />}
      {removing && <RemoveAccountDialog account={removing} onClose={() => setRemoving(null)} />}
    </section>
  )
}
