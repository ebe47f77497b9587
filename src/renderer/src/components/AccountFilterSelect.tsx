import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { allAccounts, useAccountSelection } from '../hooks/account-filter'
import { DemoBadge } from './DemoBadge'

/** The top bar's cabinet filter: all cabinets or one. */
export function AccountFilterSelect() {
  const { t } = useTranslation()
  const id = useId()
  const { filter, selected, accounts, setFilter } = useAccountSelection()
  const singleDemo = filter !== allAccounts && selected[0]?.isDemo
  return (
    <div className="account-filter">
      <label htmlFor={id}>{t('accounts.filterLabel')}</label>
      <select id={id} value={filter} onChange={(event) => setFilter(event.target.value)} data-testid="account-filter">
        <option value={allAccounts}>{t('accounts.all')}</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.isDemo ? t('accounts.demoOption', { name: account.name }) : account.name}
          </option>
        ))}
      </select>
      {singleDemo && <DemoBadge />}
    </div>
  )
}
