import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CallInput } from '../../../shared/ipc'
import { callQuery } from './call-query'

export function useFbsSupplyPage(input: CallInput<'supplies.listFbs'>, enabled = true) {
  return useQuery({ ...callQuery('supplies.listFbs', input), placeholderData: keepPreviousData, enabled })
}

export function useFbsSupply(input: CallInput<'supplies.getFbs'>) {
  return useQuery(callQuery('supplies.getFbs', input))
}

export function useFbwSupplyPage(input: CallInput<'supplies.listFbw'>) {
  return useQuery({ ...callQuery('supplies.listFbw', input), placeholderData: keepPreviousData })
}
