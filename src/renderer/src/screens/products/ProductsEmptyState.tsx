import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { useSyncStatuses } from '../../hooks/sync'
import { hasEverSynced, isAnySyncRunning } from '../../hooks/sync-summary'
import { allMarketplaces, type MarketplaceChoice } from '../../lib/marketplace-filter'

interface ProductsEmptyStateProps {
  /** The search the empty page answered; empty when there was none. */
  search: string
  marketplace: MarketplaceChoice
  accountIds: readonly string[]
}

/**
 * Why the products table is empty: no search hits, none of the chosen marketplace, never synced (or syncing for
 * the first time), or no cards.
 */
export function ProductsEmptyState({ search, marketplace, accountIds }: ProductsEmptyStateProps) {
  const { t } = useTranslation()
  const statuses = useSyncStatuses().data ?? []

  if (search) {
    return (
      <EmptyState title={t('products.noMatches', { query: search })} testId="products-empty">
        {t('products.noMatchesHint')}
      </EmptyState>
    )
  }
  if (marketplace !== allMarketplaces) {
    return (
      <EmptyState title={t('products.noMarketplaceMatches', { marketplace: t(`marketplace.${marketplace}`) })} testId="products-empty">
        {t('products.noMarketplaceMatchesHint')}
      </EmptyState>
    )
  }
  if (!hasEverSynced(statuses, accountIds)) {
    return isAnySyncRunning(statuses, accountIds) ? (
      <EmptyState title={t('products.firstSyncRunning')} testId="products-empty" />
    ) : (
      <EmptyState title={t('products.neverSynced')} testId="products-empty">
        {t('products.neverSyncedHint')}
      </EmptyState>
    )
  }
  return (
    <EmptyState title={t('products.emptyCabinet')} testId="products-empty">
      {t('products.emptyCabinetHint')}
    </EmptyState>
  )
}
