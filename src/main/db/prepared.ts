import type Database from 'better-sqlite3'

/** Prepared once per connection and SQL text: a bulk page then runs one compiled statement per row. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

export function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let bySql = statements.get(sqlite)
  if (!bySql) {
    bySql = new Map()
    statements.set(sqlite, bySql)
  }
  let statement = bySql.get(sql)
  if (!statement) {
    statement = sqlite.prepare(sql)
    bySql.set(sql, statement)
  }
  return statement
}
