import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { SferaError } from '../../../shared/domain/errors'
import type { SyncResource } from '../../../shared/domain/marketplace'
import { calls } from '../../../shared/ipc'
import { invoke } from '../api/client'
import { errorText } from '../i18n/error-text'
import { accountsQuery } from './accounts'
import { callQuery } from './call-query'
import { invalidateDatasets } from './dataset-invalidation'
import { useCallMutation } from './useCallMutation'

export const syncStatusQuery = callQuery('sync.status', {})

export function useSyncStatuses() {
  return useQuery(syncStatusQuery)
}

interface StartFailure {
  accountId: string
  error: unknown
}

export interface StartSyncRequest {
  accountIds: readonly string[]
  /** Only these resources; every resource the marketplace offers when absent. */
  resources?: SyncResource[]
}

/**
 * Starts a sync of each given account at once. A cabinet that is already syncing is not an error; any
 * other refusal is shown as a toast naming the cabinet. Progress and the result arrive as events.
 */
export function useStartSync() {
  const queryClient = useQueryClient()
  const { t } = useTranslation()
  return useMutation({
    mutationFn: async ({ accountIds, resources }: StartSyncRequest): Promise<StartFailure[]> => {
      const results = await Promise.allSettled(accountIds.map((accountId) => invoke('sync.start', { accountId, resources })))
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
      await invalidateDatasets(queryClient, calls['sync.start'].changes)
    }
  })
}

/** Every resource of every cabinet (sync.startAll); cabinets already syncing are left to finish. */
export function useStartAllSync() {
  const { t } = useTranslation()
  return useCallMutation('sync.startAll', {
    onSuccess: ({ started }) => {
      if (started === 0) toast.info(t('sync.nothingStarted'))
    }
  })
}

export function useCancelSync() {
  return useMutation({
    mutationFn: (accountIds: readonly string[]) => Promise.allSettled(accountIds.map((accountId) => invoke('sync.cancel', { accountId })))
  })
}

/** Background sync of all cabinets; nextRunAt moves after every run. */
export const syncScheduleQuery = callQuery('sync.getSchedule', {})

export function useSyncSchedule() {
  return useQuery(syncScheduleQuery)
}

export function useSetSyncSchedule() {
  const queryClient = useQueryClient()
  return useCallMutation('sync.setSchedule', {
    onSuccess: (schedule) => queryClient.setQueryData(syncScheduleQuery.queryKey, schedule)
  })
}
