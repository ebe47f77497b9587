import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TableName } from '../../../shared/domain/tables'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

const stockTables: readonly TableName[] = ['wb_fbs_stocks', 'wb_wb_stocks', 'wb_products', 'wb_product_sizes', 'wb_warehouses', 'accounts']

/** One server-side page of stock rows (one per size); the previous page stays while the next loads. */
export function useStockPage(input: CallInput<'stocks.list'>) {
  return useQuery({ ...callQuery('stocks.list', input, stockTables), placeholderData: keepPreviousData })
}

export function useStockByWarehouse(input: CallInput<'stocks.byWarehouse'>) {
  return useQuery(callQuery('stocks.byWarehouse', input, stockTables))
}

export function useStockWarehouses(input: CallInput<'stocks.warehouses'>) {
  return useQuery({ ...callQuery('stocks.warehouses', input, ['wb_warehouses', 'wb_wb_stocks', 'wb_fbs_stocks', 'accounts']), placeholderData: keepPreviousData })
}
