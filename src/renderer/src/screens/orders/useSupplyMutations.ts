import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { SferaError } from '../../../../shared/domain/errors'
import { calls, type CallInput } from '../../../../shared/ipc'
import { invoke } from '../../api/client'
import { invalidateDatasets } from '../../hooks/dataset-invalidation'
import { errorText } from '../../i18n/error-text'
import { addedBeforeFailure } from './fbs-selection'

/**
 * What a failed supply call did: main adds tasks 100 per WB request, so it may stop part way; it then names
 * the tasks already added (params.added) and, for a new supply, the supply it created (params.supplyId).
 */
export function supplyFailureText(t: TFunction, error: unknown, total: number): string {
  const reason = errorText(t, error)
  if (!(error instanceof SferaError)) return reason
  const added = addedBeforeFailure(error.params) ?? 0
  const supplyId = typeof error.params?.supplyId === 'string' ? error.params.supplyId : null
  if (supplyId) return t('supplyActions.partialCreated', { supplyId, added, total, reason })
  if (added > 0) return t('supplyActions.partial', { added, total, reason })
  return reason
}

/** supplies.createFbs and supplies.addOrders; the mirror is refreshed whether they succeed or stop part way. */
export function useSupplyMutations(onDone: () => void) {
  const queryClient = useQueryClient()
  const { t } = useTranslation()
  const refresh = () => invalidateDatasets(queryClient, calls['supplies.createFbs'].changes)

  const create = useMutation({
    mutationFn: (input: CallInput<'supplies.createFbs'>) => invoke('supplies.createFbs', input),
    onSettled: refresh,
    onSuccess: (result, input) => {
      toast.success(t('supplyActions.created', { name: input.name, count: result.added }), { description: result.supplyId })
      onDone()
    },
    onError: (error, input) => {
      const partly = error instanceof SferaError && (addedBeforeFailure(error.params) ?? 0) > 0
      toast.error(partly ? t('supplyActions.createdPartly') : t('supplyActions.createFailed'), {
        description: supplyFailureText(t, error, input.orderIds.length)
      })
      if (partly) onDone()
    }
  })

  const add = useMutation({
    mutationFn: (input: CallInput<'supplies.addOrders'>) => invoke('supplies.addOrders', input),
    onSettled: refresh,
    onSuccess: (result, input) => {
      toast.success(t('supplyActions.added', { count: result.added }), { description: input.supplyId })
      onDone()
    },
    onError: (error, input) => {
      const partly = error instanceof SferaError && (addedBeforeFailure(error.params) ?? 0) > 0
      toast.error(t('supplyActions.addFailed'), { description: supplyFailureText(t, error, input.orderIds.length) })
      if (partly) onDone()
    }
  })

  return { create, add }
}
