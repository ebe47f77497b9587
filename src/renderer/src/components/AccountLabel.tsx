import { useAccounts } from '../hooks/accounts'
import { DemoBadge } from './DemoBadge'

/** A cabinet's name, with the ДЕМО badge when it is the demo cabinet. */
export function AccountLabel({ accountId, name }: { accountId: string; name: string }) {
  const isDemo = useAccounts().data?.some((account) => account.id === accountId && account.isDemo) ?? false
  return (
    <span className="account-label">
      <span className="account-label__name" title={name}>
        {name}
      </span>
      {isDemo && <DemoBadge />}
    </span>
  )
}
