import { foldText } from '../../db/search'

/** The search_text of a row: its parts folded and joined by spaces, as a typed query is folded. */
export function searchText(parts: ReadonlyArray<string | number | null>): string {
  return foldText(
    parts
      .filter((part) => part !== null && part !== '')
      .map(String)
      .join(' ')
  )
}
