import { useMutation, useQueryClient } from '@tanstack/react-query'
import { calls, type CallInput, type CallName, type CallOutput } from '../../../shared/ipc'
import { invoke } from '../api/client'
import { invalidateDatasets } from './dataset-invalidation'

interface CallMutationOptions<K extends CallName> {
  /** Runs after the queries reading the changed tables were refreshed. */
  onSuccess?: (value: CallOutput<K>, input: CallInput<K>) => unknown
}

/** A mutation over one contract call; on success it refreshes the queries reading the tables the call changes. */
export function useCallMutation<K extends CallName>(name: K, options: CallMutationOptions<K> = {}) {
  const queryClient = useQueryClient()
  const { onSuccess } = options
  return useMutation({
    mutationFn: (input: CallInput<K>) => invoke(name, input),
    onSuccess: async (value, input) => {
      await invalidateDatasets(queryClient, calls[name].changes)
      await onSuccess?.(value, input)
    }
  })
}
