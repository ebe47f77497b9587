import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

/** One server-side page of stock rows (one per size); the previous page stays while the next loads. */
export function useStockPage(input: CallInput<'stocks.list'>) {
  return useQuery({ ...callQuery('stocks.list', input), placeholderData: keepPreviousData })
}

export function useStockByWarehouse(input: CallInput<'stocks.byWarehouse'>) {
  return useQuery(callQuery('stocks.byWarehouse', input))
}

export function useStockWarehouses(input: CallInput<'stocks.warehouses'>) {
  return useQuery({ ...callQuery('stocks.warehouses', input), placeholderData: keepPreviousData })
}
