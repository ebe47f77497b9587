import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

export function useFbsOrderPage(input: CallInput<'orders.listFbs'>, enabled = true) {
  return useQuery({ ...callQuery('orders.listFbs', input), placeholderData: keepPreviousData, enabled })
}

export function useFbsOrder(input: CallInput<'orders.getFbs'>) {
  return useQuery(callQuery('orders.getFbs', input))
}

export function useOrderPage(input: CallInput<'orders.list'>) {
  return useQuery({ ...callQuery('orders.list', input), placeholderData: keepPreviousData })
}

export function useOrder(input: CallInput<'orders.get'>) {
  return useQuery(callQuery('orders.get', input))
}

/** Warehouses and statuses to filter orders and sales by. */
export function useOrderFilterOptions(input: CallInput<'orders.filterOptions'>) {
  return useQuery({
    ...callQuery('orders.filterOptions', input),
    placeholderData: keepPreviousData
  })
}
