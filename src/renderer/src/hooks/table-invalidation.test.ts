import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { invalidateTables, readsAnyOf } from './table-invalidation'

describe('readsAnyOf', () => {
  it('matches a query that reads one of the changed tables', () => {
    expect(readsAnyOf({ tables: ['wb_products', 'accounts'] }, ['accounts'])).toBe(true)
  })

  it('does not match a query reading none of them, declaring no tables, or without meta', () => {
    expect(readsAnyOf({ tables: ['sync_runs'] }, ['wb_products'])).toBe(false)
    expect(readsAnyOf({ tables: [] }, ['accounts'])).toBe(false)
    expect(readsAnyOf(undefined, ['accounts'])).toBe(false)
  })
})

describe('invalidateTables', () => {
  async function clientWithQueries() {
    const client = new QueryClient()
    await client.prefetchQuery({ queryKey: ['products'], queryFn: () => 1, meta: { tables: ['wb_products', 'accounts'] } })
    await client.prefetchQuery({ queryKey: ['status'], queryFn: () => 2, meta: { tables: ['sync_runs', 'accounts'] } })
    await client.prefetchQuery({ queryKey: ['app'], queryFn: () => 3, meta: { tables: [] } })
    await client.prefetchQuery({ queryKey: ['untagged'], queryFn: () => 4 })
    return client
  }

  const invalidated = (client: QueryClient) =>
    ['products', 'status', 'app', 'untagged'].filter((key) => client.getQueryState([key])?.isInvalidated)

  it('invalidates exactly the queries that read the changed tables', async () => {
    const client = await clientWithQueries()
    await invalidateTables(client, ['wb_products'])
    expect(invalidated(client)).toEqual(['products'])
  })

  it('invalidates every reader of a table several queries read', async () => {
    const client = await clientWithQueries()
    await invalidateTables(client, ['accounts'])
    expect(invalidated(client)).toEqual(['products', 'status'])
  })

  it('does nothing for an empty change list', async () => {
    const client = await clientWithQueries()
    await invalidateTables(client, [])
    expect(invalidated(client)).toEqual([])
  })
})
