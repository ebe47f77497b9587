import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

export function useSalePage(input: CallInput<'sales.list'>) {
  return useQuery({ ...callQuery('sales.list', input), placeholderData: keepPreviousData })
}
