import { useQuery } from '@tanstack/react-query'
import { callQuery } from './call-query'

export const accountsQuery = callQuery('accounts.list', {})

export function useAccounts() {
  return useQuery(accountsQuery)
}
