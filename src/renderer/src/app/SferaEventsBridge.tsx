import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { SyncProgress } from '../../../shared/domain/sync'
import { sfera } from '../api/client'
import { accountsQuery } from '../hooks/accounts'
import { syncProgressStore } from '../hooks/sync-progress-store'
import { invalidateTables } from '../hooks/table-invalidation'
import { errorText } from '../i18n/error-text'

/**
 * Connects main's push events to the renderer: 'data.changed' refreshes exactly the queries reading the
 * changed tables, 'sync.progress' feeds the progress store and announces how each run ended.
 */
export function SferaEventsBridge() {
  const queryClient = useQueryClient()
  const { t } = useTranslation()

  useEffect(() => sfera.on['data.changed'](({ tables }) => void invalidateTables(queryClient, tables)), [queryClient])

  useEffect(() => {
    function announce(progress: SyncProgress): void {
      const accounts = queryClient.getQueryData(accountsQuery.queryKey) ?? []
      const accountName = accounts.find((account) => account.id === progress.accountId)?.name
      switch (progress.status) {
        case 'succeeded':
          toast.success(t('sync.done', { count: progress.rows }), { description: accountName })
          break
        case 'failed':
          toast.error(accountName ? `${t('sync.failed')}: ${accountName}` : t('sync.failed'), {
            description: progress.error ? errorText(t, progress.error) : undefined
          })
          break
        case 'cancelled':
          toast.info(t('sync.cancelled'), { description: accountName })
          break
        case 'interrupted':
          toast.warning(t('sync.interrupted'), { description: accountName })
          break
      }
    }

    return sfera.on['sync.progress']((progress) => {
      const change = syncProgressStore.record(progress)
      // A run began or ended: the running flag and last-sync time in sync.status moved.
      if (change === 'started' || change === 'finished') void invalidateTables(queryClient, ['sync_runs'])
      if (change === 'finished') announce(progress)
    })
  }, [queryClient, t])

  return null
}
