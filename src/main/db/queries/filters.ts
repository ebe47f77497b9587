import { sql, type SQL } from 'drizzle-orm'
import type { Marketplace } from '../../../shared/domain/marketplace'
import { isIndexedTerm, likeContains, searchTerms } from '../search'
import type { searchIndexNames } from '../table-names'

/** `column IN (...)`, or nothing when no filter was asked for; an empty list matches no row. */
export function inList(column: SQL, values: readonly (string | number)[] | undefined): SQL | null {
  if (values === undefined) return null
  if (values.length === 0) return sql`0`
  return sql`${column} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `
  )})`
}

/**
 * Rows of these marketplaces' cabinets. A cabinet belongs to one marketplace, so the filter goes through the
 * account column, which the list indexes carry, and not through the row's marketplace column, which they do not.
 */
export function ofMarketplaces(accountColumn: SQL, marketplaces: readonly Marketplace[] | undefined): SQL | null {
  if (marketplaces === undefined) return null
  if (marketplaces.length === 0) return sql`0`
  return sql`${accountColumn} IN (SELECT id FROM accounts WHERE ${inList(sql`marketplace`, marketplaces)})`
}

const likeMatch = (searchColumn: SQL, term: string): SQL => sql`${searchColumn} LIKE ${likeContains(term)} ESCAPE '\\'`

/** Every typed word must occur in the row's folded search text. */
export function searchMatches(searchColumn: SQL, query: string | undefined): SQL[] {
  return searchTerms(query).map((term) => likeMatch(searchColumn, term))
}

/**
 * searchMatches through the table's trigram index: a word of three characters or more is looked up there, a
 * shorter one is matched against the row. The index serves GLOB but not LIKE with an ESCAPE, so the word's GLOB
 * wildcards are bracketed; the folded text needs no case folding from GLOB.
 */
export function indexedSearchMatches(
  searchIndex: (typeof searchIndexNames)[number],
  rowid: SQL,
  searchColumn: SQL,
  query: string | undefined
): SQL[] {
  return searchTerms(query).map((term) =>
    isIndexedTerm(term)
      ? sql`${rowid} IN (SELECT rowid FROM ${sql.identifier(searchIndex)} WHERE search_text GLOB ${globContains(term)})`
      : likeMatch(searchColumn, term)
  )
}

const globContains = (term: string): string => `*${term.replace(/[*?[]/g, (c) => `[${c}]`)}*`

export function whereAll(conditions: readonly (SQL | null | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => Boolean(c))
  return present.length === 0 ? sql`1` : sql.join(present, sql` AND `)
}

export function orderDirection(dir: 'asc' | 'desc'): SQL {
  return dir === 'asc' ? sql.raw('ASC') : sql.raw('DESC')
}

/** The day after a 'YYYY-MM-DD' day, for half-open ranges. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** An inclusive range over a column of 'YYYY-MM-DD' days. */
export function dayRange(column: SQL, period: { from?: string | undefined; to?: string | undefined } | undefined): SQL[] {
  const conditions: SQL[] = []
  if (period?.from) conditions.push(sql`${column} >= ${period.from}`)
  if (period?.to) conditions.push(sql`${column} <= ${period.to}`)
  return conditions
}

/**
 * A Moscow-time day range over a column of UTC ISO instants: sellers read their periods in Moscow days, as WB
 * reports them. Compared as text, which orders instants correctly since they share one format.
 */
export function utcRangeOfMoscowDays(column: SQL, period: { from?: string | undefined; to?: string | undefined } | undefined): SQL[] {
  const moscowMidnightUtc = (day: string) => new Date(`${day}T00:00:00+03:00`).toISOString()
  const conditions: SQL[] = []
  if (period?.from) conditions.push(sql`${column} >= ${moscowMidnightUtc(period.from)}`)
  if (period?.to) conditions.push(sql`${column} < ${moscowMidnightUtc(nextDay(period.to))}`)
  return conditions
}

/** Ids are text: ordering by length first sorts numeric ids (WB's nmID and chrtID) as numbers. */
export function byExternalId(column: SQL, dir: SQL): SQL {
  return sql`length(${column}) ${dir}, ${column} ${dir}`
}
