import { useState } from 'react'

/** A page index that goes back to the first page whenever `filtersKey` (search, sort, cabinet) changes. */
export function usePageResetOn(filtersKey: string): [page: number, setPage: (page: number) => void] {
  const [state, setState] = useState({ filtersKey, page: 0 })
  const page = state.filtersKey === filtersKey ? state.page : 0
  return [page, (next) => setState({ filtersKey, page: next })]
}
