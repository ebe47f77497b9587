/**
 * Folds text for case-insensitive search and sorting. SQLite's lower() folds only ASCII, so Cyrillic
 * text is folded here, in JS, both when a row is written and when a query is typed.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('ru-RU').replaceAll('ё', 'е')
}

/** Splits a typed query into folded words; every word must match somewhere in the row. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return []
  return foldText(query)
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 8)
}

/** Escapes LIKE wildcards so a seller's "50%" or "a_b" matches literally (used with ESCAPE '\'). */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
