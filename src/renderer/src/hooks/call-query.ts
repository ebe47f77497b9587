import { queryOptions } from '@tanstack/react-query'
import type { TableName } from '../../../shared/domain/tables'
import type { CallInput, CallName } from '../../../shared/ipc'
import { invoke } from '../api/client'

declare module '@tanstack/react-query' {
  interface Register {
    /** Mirror tables a query reads: a 'data.changed' naming one of them makes the query stale. */
    queryMeta: { tables: readonly TableName[] }
  }
}

/** Query options for one read-only contract call, keyed by call name and input. */
export function callQuery<K extends CallName>(name: K, input: CallInput<K>, tables: readonly TableName[]) {
  return queryOptions({
    queryKey: ['sfera', name, input] as const,
    queryFn: () => invoke(name, input),
    meta: { tables }
  })
}
