import { useTranslation } from 'react-i18next'

/** Marks a demo cabinet wherever it appears. */
export function DemoBadge() {
  const { t } = useTranslation()
  return (
    <span className="badge badge--demo" data-testid="demo-badge" title={t('accounts.demoBadgeTitle')}>
      {t('accounts.demoBadge')}
    </span>
  )
}
