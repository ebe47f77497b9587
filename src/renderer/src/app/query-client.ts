import { QueryClient } from '@tanstack/react-query'

/**
 * Data lives in the local mirror and main announces every write ('data.changed'), so cached answers stay
 * fresh until an event says otherwise: no time-based staleness, no refetch on focus, no blind retries.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false }
    }
  })
}
