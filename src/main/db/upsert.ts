/**
 * An upsert named by its columns: one list gives the SQL and the order of each row's parameters, so a row is
 * written as a record and no value can slip into its neighbour's place. Rows are bound positionally all the same:
 * better-sqlite3 binds a named record 20–35% slower than an array, and the page writer clones arrays faster.
 */
export interface Upsert<Column extends string> {
  sql: string
  params(row: Readonly<Record<Column, unknown>>): unknown[]
}

export function upsert<Column extends string>(table: string, columns: readonly Column[], key: readonly Column[]): Upsert<Column> {
  const updated = columns.filter((column) => !key.includes(column))
  const sql =
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})\n` +
    `ON CONFLICT (${key.join(', ')}) DO ${
      updated.length === 0 ? 'NOTHING' : `UPDATE SET ${updated.map((column) => `${column} = excluded.${column}`).join(', ')}`
    }`
  return { sql, params: (row) => columns.map((column) => row[column]) }
}
