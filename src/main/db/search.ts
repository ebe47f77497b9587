/**
 * Folds text for case-insensitive search and sorting. SQLite's lower() folds only ASCII, so Cyrillic
 * text is folded here, in JS, both when a row is written and when a query is typed.
 */
export function foldText(text: string): string {
  const lower = plainRussian.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLocaleLowerCase('ru-RU')
  return lower.replaceAll('ё', 'е')
}

/**
 * Printable ASCII and the Russian alphabet: NFKC leaves such text as it is and no locale lower-cases it
 * differently, so it skips ICU (a sync folds every card title; ICU was a twentieth of the main thread's time).
 */
const plainRussian = /^[\x20-\x7e\u0401\u0410-\u044f\u0451]*$/

/**
 * Splits a typed query into folded words; every word must match somewhere in the row. Control characters split
 * words too: SQLite's LIKE stops at a NUL, so one left in a term would match every row or none.
 */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return []
  return foldText(query.replace(/\p{Cc}/gu, ' '))
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 8)
}

/** Escapes LIKE wildcards so a seller's "50%" or "a_b" matches literally (used with ESCAPE '\'). */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The trigram index finds a term of three characters or more; a shorter one is matched against the row's text. */
const TRIGRAM_LENGTH = 3

export function isIndexedTerm(term: string): boolean {
  return [...term].length >= TRIGRAM_LENGTH
}
