import { useSyncExternalStore } from 'react'
import type { Account } from '../../../shared/domain/marketplace'
import { useAccounts } from './accounts'

/** The cabinet filter of the top bar: every cabinet, or one by id. Remembered across restarts. */
export const allAccounts = 'all'

const storageKey = 'sfera.accountFilter'
const listeners = new Set<() => void>()

function readFilter(): string {
  return localStorage.getItem(storageKey) ?? allAccounts
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function setAccountFilter(filter: string): void {
  localStorage.setItem(storageKey, filter)
  for (const listener of listeners) listener()
}

export interface AccountSelection {
  /** `allAccounts` or the id of an existing account (a removed one falls back to all). */
  filter: string
  /** The accounts the filter stands for. */
  selected: Account[]
  accounts: Account[]
  setFilter: (filter: string) => void
}

export function useAccountSelection(): AccountSelection {
  const accounts = useAccounts().data ?? []
  const stored = useSyncExternalStore(subscribe, readFilter)
  const single = accounts.find((account) => account.id === stored)
  return {
    filter: single ? single.id : allAccounts,
    selected: single ? [single] : accounts,
    accounts,
    setFilter: setAccountFilter
  }
}

/** The `accountIds` of a list call for the filter: none means every cabinet. */
export function accountIdsOf(filter: string): string[] | undefined {
  return filter === allAccounts ? undefined : [filter]
}
