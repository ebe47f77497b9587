import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { SferaError } from '../../../shared/domain/errors'
import { calls } from '../../../shared/ipc'
import { invoke } from '../api/client'
import { errorText } from '../i18n/error-text'
import { accountsQuery } from './accounts'
import { callQuery } from './call-query'
import { invalidateTables } from './table-invalidation'

export const syncStatusQuery = callQuery('sync.status', {}, ['sync_runs', 'accounts'])

export function useSyncStatuses() {
  return useQuery(syncStatusQuery)
}

interface StartFailure {
  accountId: string
  error: unknown
}

/**
 * Starts a sync of each given account at once. A cabinet that is already syncing is not an error; any
 * other refusal is shown as a toast naming the cabinet. Progress and the result arrive as events.
 */
export function useStartSync() {
  const queryClient = useQueryClient()
  const { t } = useTranslation()
  return useMutation({
    mutationFn: async (accountIds: readonly string[]): Promise<StartFailure[]> => {
      const results = await Promise.allSettled(accountIds.map((accountId) => invoke('sync.start', { accountId })))
      return results.flatMap((result, i) =>
        result.status === 'rejected' ? [{ accountId: accountIds[i] ?? '', error: result.reason as unknown }] : []
      )
    },
    onSuccess: async (failures) => {
      const accounts = queryClient.getQueryData(accountsQuery.queryKey) ?? []
      for (const { accountId, error } of failures) {
        if (error instanceof SferaError && error.code === 'sync_in_progress') continue
        const name = accounts.find((account) => account.id === accountId)?.name
        toast.error(errorText(t, error), { description: name })
      }
      await invalidateTables(queryClient, calls['sync.start'].changes)
    }
  })
}
