import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { calls } from '../../../shared/ipc'
import { callQuery } from './call-query'
import { invalidateDatasets, readsAnyOf } from './dataset-invalidation'

// The transport needs a window; these tests only read the options callQuery builds.
vi.mock('../api/client', () => ({ invoke: vi.fn() }))

describe('readsAnyOf', () => {
  it('matches a query that reads one of the changed datasets', () => {
    expect(readsAnyOf({ reads: ['products', 'accounts'] }, ['accounts'])).toBe(true)
  })

  it('does not match a query reading none of them, declaring no datasets, or without meta', () => {
    expect(readsAnyOf({ reads: ['sync'] }, ['products'])).toBe(false)
    expect(readsAnyOf({ reads: [] }, ['accounts'])).toBe(false)
    expect(readsAnyOf(undefined, ['accounts'])).toBe(false)
  })
})

describe('invalidateDatasets', () => {
  async function clientWithQueries() {
    const client = new QueryClient()
    await client.prefetchQuery({ queryKey: ['products'], queryFn: () => 1, meta: { reads: ['products', 'accounts'] } })
    await client.prefetchQuery({ queryKey: ['status'], queryFn: () => 2, meta: { reads: ['sync', 'accounts'] } })
    await client.prefetchQuery({ queryKey: ['app'], queryFn: () => 3, meta: { reads: [] } })
    await client.prefetchQuery({ queryKey: ['untagged'], queryFn: () => 4 })
    return client
  }

  const invalidated = (client: QueryClient) =>
    ['products', 'status', 'app', 'untagged'].filter((key) => client.getQueryState([key])?.isInvalidated)

  it('invalidates exactly the queries that read the changed datasets', async () => {
    const client = await clientWithQueries()
    await invalidateDatasets(client, ['products'])
    expect(invalidated(client)).toEqual(['products'])
  })

  it('invalidates every reader of a dataset several queries read', async () => {
    const client = await clientWithQueries()
    await invalidateDatasets(client, ['accounts'])
    expect(invalidated(client)).toEqual(['products', 'status'])
  })

  it('does nothing for an empty change list', async () => {
    const client = await clientWithQueries()
    await invalidateDatasets(client, [])
    expect(invalidated(client)).toEqual([])
  })
})

describe('callQuery', () => {
  it("carries the contract call's reads, so no hook lists what a query reads by hand", () => {
    expect(callQuery('stocks.list', {} as never).meta).toEqual({ reads: calls['stocks.list'].reads })
    expect(calls['stocks.list'].reads).toContain('products')
  })

  it('gives every read-only call that lists mirror data the datasets it reads', () => {
    const listing = Object.entries(calls).filter(([name]) => /\.(list|get)/.test(name))
    expect(listing.length).toBeGreaterThan(10)
    for (const [name, spec] of listing) expect(spec.reads.length, name).toBeGreaterThan(0)
  })

  it('has every write that a list could show declare what it changes', () => {
    for (const name of ['accounts.create', 'accounts.remove', 'supplies.createFbs', 'supplies.addOrders', 'supplies.deliver', 'sync.start'] as const) {
      expect(calls[name].changes.length, name).toBeGreaterThan(0)
    }
  })
})
