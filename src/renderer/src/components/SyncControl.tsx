import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAccountSelection } from '../hooks/account-filter'
import { useStartSync, useSyncStatuses } from '../hooks/sync'
import { liveProgressOf, useSyncProgress, type LiveSyncProgress } from '../hooks/sync-progress-store'
import { isAnySyncRunning } from '../hooks/sync-summary'

/** The "Синхронизировать" button for the selected cabinets, with live progress while a run goes on. */
export function SyncControl() {
  const { t } = useTranslation()
  const { selected } = useAccountSelection()
  const accountIds = selected.map((account) => account.id)
  const statuses = useSyncStatuses().data ?? []
  const progress = useSyncProgress()
  const startSync = useStartSync()
  const running = startSync.isPending || isAnySyncRunning(statuses, accountIds)

  return (
    <div className="sync-control">
      {running && <SyncProgressIndicator progress={liveProgressOf(progress, accountIds)} />}
      <button
        type="button"
        className="button button--primary"
        disabled={running || accountIds.length === 0}
        onClick={() => startSync.mutate(accountIds)}
        data-testid="sync-button"
      >
        {running ? t('sync.running') : t('sync.start')}
      </button>
    </div>
  )
}

function SyncProgressIndicator({ progress }: { progress: LiveSyncProgress }) {
  const { t } = useTranslation()
  return (
    <div className="sync-progress" role="status" data-testid="sync-progress">
      <progress className="sync-progress__bar" aria-label={t('sync.progressLabel')} />
      <span>{t('sync.loaded', { count: progress.rows })}</span>
      {progress.waitingUntil !== null && <RateLimitCountdown until={progress.waitingUntil} />}
    </div>
  )
}

/** "Ожидание лимита WB: N с", counting down once a second. */
function RateLimitCountdown({ until }: { until: number }) {
  const { t } = useTranslation()
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.ceil((until - now) / 1000))
  return <span className="sync-progress__wait">{t('sync.waiting', { seconds })}</span>
}
