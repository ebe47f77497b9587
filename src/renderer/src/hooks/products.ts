import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

/** One server-side page of products; the previous page stays on screen while the next one loads. */
export function useProductPage(input: CallInput<'products.list'>) {
  return useQuery({ ...callQuery('products.list', input), placeholderData: keepPreviousData })
}

export function useProductDetail(input: CallInput<'products.get'>) {
  return useQuery(callQuery('products.get', input))
}
