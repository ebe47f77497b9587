import { useCallback, useState } from 'react'

/**
 * State that belongs to one cabinet filter (e.g. a chosen warehouse, which another cabinet does not have):
 * it goes back to `initial` whenever the filter changes.
 */
export function useFilterScopedState<T>(filter: string, initial: T): [T, (value: T) => void] {
  const [state, setState] = useState({ filter, value: initial })
  const value = state.filter === filter ? state.value : initial
  const set = useCallback((next: T) => setState({ filter, value: next }), [filter])
  return [value, set]
}
