import type { QueryClient, QueryMeta } from '@tanstack/react-query'
import type { Dataset } from '../../../shared/domain/datasets'

/** Whether a query reads any of the changed datasets (its contract call's `reads`, carried in its meta). */
export function readsAnyOf(meta: QueryMeta | undefined, changed: readonly Dataset[]): boolean {
  return meta?.reads.some((dataset) => changed.includes(dataset)) ?? false
}

/** Marks stale (and refetches, if shown) exactly the queries that read the changed datasets. */
export function invalidateDatasets(queryClient: QueryClient, changed: readonly Dataset[]): Promise<void> {
  if (changed.length === 0) return Promise.resolve()
  return queryClient.invalidateQueries({ predicate: (query) => readsAnyOf(query.meta, changed) })
}
