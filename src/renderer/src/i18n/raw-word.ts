import type { TFunction } from 'i18next'

/**
 * A marketplace's raw word (a status, a level) as the catalogue's table under `table` names it, or `fallback`
 * (the word itself by default) when the table has none: a word the marketplace adds later still reads as sent.
 */
export function rawWordText(t: TFunction, table: string, word: string, fallback: string = word): string {
  // i18next reads '.' and ':' in a key as nesting and a namespace: a word holding them is never in a table.
  if (!/^[A-Za-z0-9_ ]+$/.test(word)) return fallback
  return t(`${table}.${word}`, { defaultValue: fallback })
}
