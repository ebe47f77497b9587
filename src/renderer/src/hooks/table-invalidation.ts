import type { QueryClient, QueryMeta } from '@tanstack/react-query'
import type { TableName } from '../../../shared/domain/tables'

/** Whether a query that declared `meta.tables` reads any of the changed tables. */
export function readsAnyOf(meta: QueryMeta | undefined, changed: readonly TableName[]): boolean {
  return meta?.tables.some((table) => changed.includes(table)) ?? false
}

/** Marks stale (and refetches, if shown) exactly the queries that read the changed tables. */
export function invalidateTables(queryClient: QueryClient, changed: readonly TableName[]): Promise<void> {
  if (changed.length === 0) return Promise.resolve()
  return queryClient.invalidateQueries({ predicate: (query) => readsAnyOf(query.meta, changed) })
}
