import { useCallback, useSyncExternalStore } from 'react'

/** Sizes with this many items or fewer in total count as running out; the seller may change it. */
export const defaultLowStockThreshold = 5
export const maxLowStockThreshold = 100_000
const storageKey = 'sfera.lowStockThreshold'
const listeners = new Set<() => void>()

export function parseThreshold(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return null
  const threshold = Number(value.trim())
  return threshold <= maxLowStockThreshold ? threshold : null
}

function read(): number {
  return parseThreshold(localStorage.getItem(storageKey)) ?? defaultLowStockThreshold
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The low-stock threshold, remembered across restarts. */
export function useLowStockThreshold(): [number, (threshold: number) => void] {
  const threshold = useSyncExternalStore(subscribe, read)
  const set = useCallback((next: number) => {
    localStorage.setItem(storageKey, String(next))
    for (const listener of listeners) listener()
  }, [])
  return [threshold, set]
}
