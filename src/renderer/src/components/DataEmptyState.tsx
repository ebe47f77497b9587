import { useTranslation } from 'react-i18next'
import { useSyncStatuses } from '../hooks/sync'
import { hasEverSynced, isAnySyncRunning } from '../hooks/sync-summary'
import { EmptyState } from './EmptyState'

export interface DataEmptyStateProps {
  /** Search or filters narrowed the list: nothing matched them. */
  filtered: boolean
  accountIds: readonly string[]
  /** What the list holds when there simply is nothing, e.g. "Продаж за период нет". */
  emptyTitle: string
  emptyHint?: string
  testId: string
}

/** Why a data table is empty: nothing matches the filters, never synced (or syncing now), or no data at all. */
export function DataEmptyState({ filtered, accountIds, emptyTitle, emptyHint, testId }: DataEmptyStateProps) {
  const { t } = useTranslation()
  const statuses = useSyncStatuses().data ?? []
  if (!hasEverSynced(statuses, accountIds)) {
    return isAnySyncRunning(statuses, accountIds) ? (
      <EmptyState title={t('data.firstSyncRunning')} testId={testId} />
    ) : (
      <EmptyState title={t('data.neverSynced')} testId={testId}>
        {t('data.neverSyncedHint')}
      </EmptyState>
    )
  }
  if (filtered) {
    return (
      <EmptyState title={t('data.noMatches')} testId={testId}>
        {t('data.noMatchesHint')}
      </EmptyState>
    )
  }
  return (
    <EmptyState title={emptyTitle} testId={testId}>
      {emptyHint}
    </EmptyState>
  )
}
