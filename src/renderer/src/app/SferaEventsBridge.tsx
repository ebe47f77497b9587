import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { sfera } from '../api/client'
import { accountsQuery } from '../hooks/accounts'
import { syncProgressStore } from '../hooks/sync-progress-store'
import { createCabinetSyncTracker, type CabinetSyncResult } from '../hooks/sync-resources'
import { syncStatusQuery } from '../hooks/sync'
import { invalidateDatasets } from '../hooks/dataset-invalidation'
import { resourceName } from '../i18n/resource-name'
import { errorText } from '../i18n/error-text'
import { formatCount } from '../i18n/money'
import { toLocale } from '../i18n/format'

/**
 * Connects main's push events to the renderer: 'data.changed' refreshes exactly the queries reading the
 * changed datasets, 'sync.progress' feeds the progress store; when a cabinet's whole sync has ended, one toast
 * says what each resource brought (or why it failed).
 */
export function SferaEventsBridge() {
  const queryClient = useQueryClient()
  const { t, i18n } = useTranslation()
  const [tracker] = useState(createCabinetSyncTracker)
  const statuses = useQuery(syncStatusQuery)

  useEffect(() => sfera.on['data.changed'](({ datasets }) => void invalidateDatasets(queryClient, datasets)), [queryClient])

  useEffect(
    () =>
      sfera.on['sync.progress']((progress) => {
        const change = syncProgressStore.record(progress)
        tracker.record(progress, change, Date.now())
        // A run began or ended: the running flag and last-sync time in sync.status moved.
        if (change === 'started' || change === 'finished') void invalidateDatasets(queryClient, ['sync'])
      }),
    [queryClient, tracker]
  )

  useEffect(() => {
    if (!statuses.data) return
    const accounts = queryClient.getQueryData(accountsQuery.queryKey) ?? []
    for (const result of tracker.settle(statuses.data, statuses.dataUpdatedAt)) {
      const name = accounts.find((account) => account.id === result.accountId)?.name ?? ''
      announce(t, toLocale(i18n.resolvedLanguage), name, result)
    }
  }, [statuses.data, statuses.dataUpdatedAt, tracker, queryClient, t, i18n.resolvedLanguage])

  return null
}

/** The toast's lines: a count per resource that loaded, and each distinct failure once with the resources it hit. */
function summaryLines(t: TFunction, locale: 'ru' | 'en', result: CabinetSyncResult) {
  const loaded = result.runs.filter((run) => run.status === 'succeeded').map((run) => ({ name: resourceName(t, run.resource), rows: formatCount(run.rows, locale) }))
  const failures = new Map<string, string[]>()
  for (const run of result.runs) {
    if (run.status === 'succeeded') continue
    const reason = run.error ? errorText(t, run.error) : t(`sync.runStatus.${run.status}`)
    failures.set(reason, [...(failures.get(reason) ?? []), resourceName(t, run.resource)])
  }
  return { loaded, failed: [...failures].map(([reason, names]) => ({ names: names.join(', '), reason })) }
}

function announce(t: TFunction, locale: 'ru' | 'en', name: string, result: CabinetSyncResult): void {
  const { loaded, failed } = summaryLines(t, locale, result)
  const description = (
    <ul className="sync-summary" data-testid="sync-summary">
      {loaded.map((line) => (
        <li key={line.name} className="sync-summary__item">
          <span className="sync-summary__name">{line.name}</span>
          <span className="sync-summary__rows">{line.rows}</span>
        </li>
      ))}
      {failed.map((line) => (
        <li key={line.names} className="sync-summary__item sync-summary__item--failed">
          <span className="sync-summary__name">{line.names}</span>
          <span className="sync-summary__error">{line.reason}</span>
        </li>
      ))}
    </ul>
  )
  const options = { description, duration: result.outcome === 'succeeded' ? 6_000 : 15_000 }
  switch (result.outcome) {
    case 'succeeded':
      toast.success(t('sync.cabinetDone', { name }), options)
      break
    case 'partial':
      toast.warning(t('sync.cabinetPartial', { name }), options)
      break
    case 'failed':
      toast.error(t('sync.cabinetFailed', { name }), options)
      break
    case 'cancelled':
      toast.info(t('sync.cabinetCancelled', { name }), options)
      break
  }
}
