import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TableName } from '../../../shared/domain/tables'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

export const fbsOrderTables: readonly TableName[] = ['wb_fbs_orders', 'wb_fbs_supplies', 'wb_products', 'wb_warehouses', 'accounts']
const orderTables: readonly TableName[] = ['wb_orders', 'wb_sales', 'accounts']

export function useFbsOrderPage(input: CallInput<'orders.listFbs'>, enabled = true) {
  return useQuery({ ...callQuery('orders.listFbs', input, fbsOrderTables), placeholderData: keepPreviousData, enabled })
}

export function useFbsOrder(input: CallInput<'orders.getFbs'>) {
  return useQuery(callQuery('orders.getFbs', input, fbsOrderTables))
}

export function useOrderPage(input: CallInput<'orders.list'>) {
  return useQuery({ ...callQuery('orders.list', input, orderTables), placeholderData: keepPreviousData })
}

export function useOrder(input: CallInput<'orders.get'>) {
  return useQuery(callQuery('orders.get', input, orderTables))
}

/** Warehouses and statuses to filter orders and sales by. */
export function useOrderFilterOptions(input: CallInput<'orders.filterOptions'>) {
  return useQuery({
    ...callQuery('orders.filterOptions', input, ['wb_orders', 'wb_sales', 'wb_fbs_orders', 'wb_warehouses', 'accounts']),
    placeholderData: keepPreviousData
  })
}
