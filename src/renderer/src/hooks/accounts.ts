import { useQuery } from '@tanstack/react-query'
import { callQuery } from './call-query'

export const accountsQuery = callQuery('accounts.list', {}, ['accounts'])

export function useAccounts() {
  return useQuery(accountsQuery)
}
