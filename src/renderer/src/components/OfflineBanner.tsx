import { useTranslation } from 'react-i18next'
import { useAccountSelection } from '../hooks/account-filter'
import { useSyncStatuses } from '../hooks/sync'
import { offlineStatusOf } from '../hooks/sync-summary'
import { useFormatDateTime } from '../i18n/useFormatDateTime'

/** Shown while the last sync of a selected cabinet failed for lack of network: the data is as old as said. */
export function OfflineBanner() {
  const { t } = useTranslation()
  const formatDateTime = useFormatDateTime()
  const { selected } = useAccountSelection()
  const statuses = useSyncStatuses().data ?? []
  const offline = offlineStatusOf(
    statuses,
    selected.map((account) => account.id)
  )
  if (!offline) return null
  return (
    <div className="banner banner--warning" role="status" data-testid="offline-banner">
      {offline.lastSucceededAt
        ? t('banners.offline', { time: formatDateTime(offline.lastSucceededAt) })
        : t('banners.offlineNoData')}
    </div>
  )
}
