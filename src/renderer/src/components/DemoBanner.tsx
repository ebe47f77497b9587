import { useTranslation } from 'react-i18next'
import type { Account } from '../../../shared/domain/marketplace'

/** A thin reminder on data screens that what is shown comes from the demo sandbox. */
export function DemoBanner({ accounts }: { accounts: readonly Account[] }) {
  const { t } = useTranslation()
  const demoCount = accounts.filter((account) => account.isDemo).length
  if (demoCount === 0) return null
  return (
    <div className="banner banner--demo" data-testid="demo-banner">
      {demoCount === accounts.length ? t('banners.demo') : t('banners.demoMixed')}
    </div>
  )
}
