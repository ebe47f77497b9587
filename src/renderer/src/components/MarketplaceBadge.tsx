import { useTranslation } from 'react-i18next'
import type { Marketplace } from '../../../shared/domain/marketplace'

/** Which marketplace a row comes from: "WB" / "Ozon" / "ЯМ" in its colours, the full name on hover. */
export function MarketplaceBadge({ marketplace }: { marketplace: Marketplace }) {
  const { t } = useTranslation()
  return (
    <span className={`badge badge--marketplace badge--${marketplace}`} title={t(`marketplace.${marketplace}`)} data-testid="marketplace-badge">
      {t(`marketplace.short.${marketplace}`)}
    </span>
  )
}
