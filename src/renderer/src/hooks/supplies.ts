import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TableName } from '../../../shared/domain/tables'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

const fbsSupplyTables: readonly TableName[] = ['wb_fbs_supplies', 'wb_fbs_orders', 'wb_products', 'accounts']

export function useFbsSupplyPage(input: CallInput<'supplies.listFbs'>, enabled = true) {
  return useQuery({ ...callQuery('supplies.listFbs', input, fbsSupplyTables), placeholderData: keepPreviousData, enabled })
}

export function useFbsSupply(input: CallInput<'supplies.getFbs'>) {
  return useQuery(callQuery('supplies.getFbs', input, fbsSupplyTables))
}

export function useFbwSupplyPage(input: CallInput<'supplies.listFbw'>) {
  return useQuery({ ...callQuery('supplies.listFbw', input, ['wb_fbw_supplies', 'accounts']), placeholderData: keepPreviousData })
}
