import { sql, type SQL } from 'drizzle-orm'
import { likeContains, searchTerms } from '../search'

/** `column IN (...)`, or nothing when no filter was asked for; an empty list matches no row. */
export function inList(column: SQL, values: readonly (string | number)[] | undefined): SQL | null {
  if (values === undefined) return null
  if (values.length === 0) return sql`0`
  return sql`${column} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `
  )})`
}

/** Every typed word must occur in the row's folded search text. */
export function searchMatches(searchColumn: SQL, query: string | undefined): SQL[] {
  return searchTerms(query).map((term) => sql`${searchColumn} LIKE ${likeContains(term)} ESCAPE '\\'`)
}

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

/**
 * A Moscow-time day range over a column of WB's Moscow-time strings ("2026-11-20T12:34:56"): compared
 * as text, which orders them correctly since they share one format.
 */
export function moscowDayRange(column: SQL, period: { from?: string | undefined; to?: string | undefined } | undefined): SQL[] {
  const conditions: SQL[] = []
  if (period?.from) conditions.push(sql`${column} >= ${period.from}`)
  if (period?.to) conditions.push(sql`${column} < ${nextDay(period.to)}`)
  return conditions
}

/** A Moscow-time day range over a column of UTC ISO instants. */
export function utcRangeOfMoscowDays(column: SQL, period: { from?: string | undefined; to?: string | undefined } | undefined): SQL[] {
  const moscowMidnightUtc = (day: string) => new Date(`${day}T00:00:00+03:00`).toISOString()
  const conditions: SQL[] = []
  if (period?.from) conditions.push(sql`${column} >= ${moscowMidnightUtc(period.from)}`)
  if (period?.to) conditions.push(sql`${column} < ${moscowMidnightUtc(nextDay(period.to))}`)
  return conditions
}
