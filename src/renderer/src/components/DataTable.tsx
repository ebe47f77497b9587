import { flexRender, type Column, type Row, type RowData, type Table } from '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Extra class of the column's cells, e.g. 'cell--num' for right-aligned figures. */
    className?: string
  }
}

function cellClass<T>(column: Column<T>): string {
  const extra = column.columnDef.meta?.className
  return extra ? `col-${column.id} ${extra}` : `col-${column.id}`
}

interface DataTableProps<T> {
  table: Table<T>
  testId: string
  rowTestId: string
  /** A click on a row (outside its controls) opens it. */
  onOpen?: (row: T) => void
  /** The shown rows are the previous page's while the next one loads. */
  stale: boolean
  rowClassName?: (row: T) => string | undefined
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

/** Controls in a row that do their own thing; a click anywhere else (a title button included) opens the row. */
const rowControls = 'input, select, label, a, [data-row-control]'

/** A server-side page of rows: sorting and paging happen in main, this only draws what the table model holds. */
export function DataTable<T>({ table, testId, rowTestId, onOpen, stale, rowClassName }: DataTableProps<T>) {
  return (
    <table className={stale ? 'data-table data-table--stale' : 'data-table'} data-testid={testId} aria-busy={stale}>
      <colgroup>
        {table.getVisibleLeafColumns().map((column) => (
          <col key={column.id} style={{ width: column.getSize() }} />
        ))}
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const label = flexRender(header.column.columnDef.header, header.getContext())
              const sorted = header.column.getIsSorted()
              return (
                <th key={header.id} scope="col" className={cellClass(header.column)} aria-sort={sorted ? ariaSort[sorted] : undefined}>
                  {header.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span className="sort-button__mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <DataRow key={row.id} row={row} rowTestId={rowTestId} onOpen={onOpen} className={rowClassName?.(row.original)} />
        ))}
      </tbody>
    </table>
  )
}

interface DataRowProps<T> {
  row: Row<T>
  rowTestId: string
  onOpen: ((row: T) => void) | undefined
  className: string | undefined
}

function DataRow<T>({ row, rowTestId, onOpen, className }: DataRowProps<T>) {
  const classes = [onOpen ? 'data-table__row--clickable' : undefined, className].filter(Boolean).join(' ') || undefined
  return (
    <tr
      className={classes}
      onClick={
        onOpen
          ? (event) => {
              if (!(event.target as HTMLElement).closest(rowControls)) onOpen(row.original)
            }
          : undefined
      }
      data-testid={rowTestId}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cellClass(cell.column)}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  )
}
