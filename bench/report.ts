export interface Table {
  title: string
  headers: readonly string[]
  rows: ReadonlyArray<readonly string[]>
  /** Lines printed under the table. */
  notes?: readonly string[]
}

export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
  return [
    table.title,
    line(table.headers),
    line(widths.map((width) => '-'.repeat(width))),
    ...table.rows.map(line),
    ...(table.notes ?? [])
  ].join('\n')
}

export function markdownTable(table: Table): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  return [
    `### ${table.title}`,
    '',
    line(table.headers),
    line(table.headers.map(() => '---')),
    ...table.rows.map(line),
    ...(table.notes && table.notes.length > 0 ? ['', ...table.notes] : [])
  ].join('\n')
}

export const integer = (value: number): string => Math.round(value).toLocaleString('en-US')
export const fixed = (value: number, digits: number): string => value.toFixed(digits)
export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL')
