import { useQuery } from '@tanstack/react-query'
import { callQuery } from './call-query'

export const accountsQuery = callQuery('accounts.list', {})

export function useAccounts() {
  return useQuery(accountsQuery)
}

/** What each marketplace asks for to connect a cabinet; main's declarations do not change while it runs. */
export function useMarketplaceDeclarations() {
  return useQuery({ ...callQuery('accounts.marketplaces', {}), staleTime: Number.POSITIVE_INFINITY })
}
