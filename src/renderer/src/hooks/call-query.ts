import { queryOptions } from '@tanstack/react-query'
import type { Dataset } from '../../../shared/domain/datasets'
import { calls, type CallInput, type CallName } from '../../../shared/ipc'
import { invoke } from '../api/client'

declare module '@tanstack/react-query' {
  interface Register {
    /** Datasets a query reads: a 'data.changed' naming one of them makes the query stale. */
    queryMeta: { reads: readonly Dataset[] }
  }
}

/** Query options for one read-only contract call, keyed by call name and input; what it reads comes from the contract. */
export function callQuery<K extends CallName>(name: K, input: CallInput<K>) {
  return queryOptions({
    queryKey: ['sfera', name, input] as const,
    queryFn: () => invoke(name, input),
    meta: { reads: calls[name].reads }
  })
}
