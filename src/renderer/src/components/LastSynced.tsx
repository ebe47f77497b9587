import { useTranslation } from 'react-i18next'
import { useAccountSelection } from '../hooks/account-filter'
import { useSyncStatuses } from '../hooks/sync'
import { lastSyncedAt } from '../hooks/sync-summary'
import { useFormatDateTime } from '../i18n/useFormatDateTime'

/** How fresh the data of the selected cabinets is. */
export function LastSynced() {
  const { t } = useTranslation()
  const formatDateTime = useFormatDateTime()
  const { selected } = useAccountSelection()
  const statuses = useSyncStatuses().data
  if (!statuses) return null
  const at = lastSyncedAt(
    statuses,
    selected.map((account) => account.id)
  )
  return (
    <span className="last-synced" data-testid="last-synced">
      {at ? t('sync.lastSynced', { time: formatDateTime(at) }) : t('sync.neverSynced')}
    </span>
  )
}
