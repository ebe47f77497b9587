import { flexRender, type Table } from '@tanstack/react-table'
import type { ProductRow } from '../../../../shared/domain/products'

interface ProductsTableProps {
  table: Table<ProductRow>
  onOpen: (row: ProductRow) => void
  /** The shown rows are the previous page's while the next one loads. */
  stale: boolean
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

export function ProductsTable({ table, onOpen, stale }: ProductsTableProps) {
  return (
    <table className={stale ? 'data-table data-table--stale' : 'data-table'} data-testid="products-table" aria-busy={stale}>
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
                <th key={header.id} scope="col" className={`col-${header.column.id}`} aria-sort={sorted ? ariaSort[sorted] : undefined}>
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
          <tr key={row.id} onClick={() => onOpen(row.original)} data-testid="product-row">
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
