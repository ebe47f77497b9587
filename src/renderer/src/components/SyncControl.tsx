import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncResource } from '../../../shared/domain/marketplace'
import { allAccounts, useAccountSelection } from '../hooks/account-filter'
import { useCancelSync, useStartAllSync, useStartSync, useSyncStatuses } from '../hooks/sync'
import { liveProgressOf, useSyncProgress, type LiveSyncProgress } from '../hooks/sync-progress-store'
import { lastRunsByResource, resourcesOf, runningResources, type ResourceLastRun, type ResourceProgress } from '../hooks/sync-resources'
import { isAnySyncRunning } from '../hooks/sync-summary'
import { errorText, formatDuration } from '../i18n/error-text'
import { resourceName } from '../i18n/resource-name'
import { useFormatters } from '../i18n/useFormatDateTime'
import { Popover } from './Popover'

/**
 * «Синхронизировать всё» for the selected cabinet (or sync.startAll for all of them), a menu to sync one
 * resource and watch each one's progress, and a compact progress line while anything runs.
 */
export function SyncControl() {
  const { t } = useTranslation()
  const { filter, selected } = useAccountSelection()
  const accountIds = selected.map((account) => account.id)
  const statuses = useSyncStatuses().data ?? []
  const progress = useSyncProgress()
  const startSync = useStartSync()
  const startAll = useStartAllSync()
  const running = startSync.isPending || startAll.isPending || isAnySyncRunning(statuses, accountIds)

  function syncEverything() {
    if (filter === allAccounts) startAll.mutate({})
    else startSync.mutate({ accountIds: [filter] })
  }

  return (
    <div className="sync-control">
      {running && <SyncProgressIndicator progress={liveProgressOf(progress, accountIds)} />}
      <div className="split-button">
        <button
          type="button"
          className="button button--primary split-button__main"
          disabled={running || accountIds.length === 0}
          onClick={syncEverything}
          data-testid="sync-button"
        >
          {running ? t('sync.running') : t('sync.start')}
        </button>
        <Popover
          label={<span aria-hidden="true">▾</span>}
          ariaLabel={t('sync.menuLabel')}
          triggerClassName="button button--primary split-button__menu"
          triggerTestId="sync-menu"
          panelTestId="sync-menu-panel"
          align="end"
          disabled={accountIds.length === 0}
        >
          {() => <SyncResourcesPanel accountIds={accountIds} />}
        </Popover>
      </div>
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

/** Each resource of the selected cabinets: live progress, how its last run went, and a button to sync just it. */
function SyncResourcesPanel({ accountIds }: { accountIds: string[] }) {
  const { t } = useTranslation()
  const statuses = useSyncStatuses().data ?? []
  const progress = useSyncProgress()
  const startSync = useStartSync()
  const cancel = useCancelSync()
  const live = runningResources(progress, accountIds)
  const last = lastRunsByResource(statuses, accountIds)
  const runningAccounts = statuses.filter((status) => status.running && accountIds.includes(status.accountId)).map((status) => status.accountId)
  const busy = runningAccounts.length > 0 || startSync.isPending

  return (
    <div className="sync-menu">
      <div className="sync-menu__header">
        <p className="sync-menu__title">{t('sync.byResource')}</p>
        {runningAccounts.length > 0 && (
          <button type="button" className="button button--small" onClick={() => cancel.mutate(runningAccounts)} disabled={cancel.isPending} data-testid="sync-cancel">
            {t('sync.stop')}
          </button>
        )}
      </div>
      <ul className="sync-menu__list">
        {resourcesOf(statuses, accountIds).map((resource) => (
          <ResourceRow
            key={resource}
            resource={resource}
            live={live.get(resource)}
            last={last.get(resource)}
            disabled={busy}
            onSync={() => startSync.mutate({ accountIds, resources: [resource] })}
          />
        ))}
      </ul>
    </div>
  )
}

interface ResourceRowProps {
  resource: SyncResource
  live: ResourceProgress | undefined
  last: ResourceLastRun | undefined
  disabled: boolean
  onSync: () => void
}

function ResourceRow({ resource, live, last, disabled, onSync }: ResourceRowProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const name = resourceName(t, resource)
  return (
    <li className={live ? 'sync-menu__item sync-menu__item--running' : 'sync-menu__item'} data-testid={`sync-resource-${resource}`}>
      <div className="sync-menu__main">
        <span className="sync-menu__name">{name}</span>
        {live ? (
          <span className="sync-menu__state">
            {t('sync.resourceRunning', { rows: format.count(live.rows), requests: format.count(live.requests) })}
            {live.rateLimited > 0 && <> · {t('sync.rateLimitedCount', { count: live.rateLimited })}</>}
            {live.waitingUntil !== null && (
              <>
                {' · '}
                <RateLimitCountdown until={live.waitingUntil} />
              </>
            )}
          </span>
        ) : last ? (
          <LastRunState last={last} />
        ) : (
          <span className="sync-menu__state muted">{t('sync.resourceNever')}</span>
        )}
      </div>
      <button type="button" className="button button--small" onClick={onSync} disabled={disabled} aria-label={t('sync.resourceStartLabel', { name })}>
        {t('sync.resourceStart')}
      </button>
    </li>
  )
}

function LastRunState({ last }: { last: ResourceLastRun }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const when = last.finishedAt ? format.dateTime(last.finishedAt) : ''
  if (last.status === 'succeeded' || last.status === 'running') {
    return <span className="sync-menu__state muted">{t('sync.resourceDone', { rows: format.count(last.rows), time: when })}</span>
  }
  const reason = last.error ? errorText(t, last.error) : t(`sync.runStatus.${last.status}`)
  return (
    <span className="sync-menu__state sync-menu__state--failed" title={reason}>
      {t(`sync.runStatus.${last.status}`)}
      {when && ` · ${when}`}
    </span>
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
  return <span className="sync-progress__wait">{t('sync.waiting', { duration: formatDuration(t, seconds) })}</span>
}
