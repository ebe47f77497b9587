import { useMemo } from 'react'
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Updater, type VisibilityState } from '@tanstack/react-table'

export interface ServerSort<F extends string> {
  field: F
  dir: 'asc' | 'desc'
}

interface ServerTableOptions<T, F extends string> {
  rows: T[] | undefined
  total: number | undefined
  // Columns hold values of different types; `any` is TanStack Table's documented type for such a list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[]
  getRowId: (row: T) => string
  /** The server's sort fields: a column whose id is one of them can be sorted. */
  sortFields: readonly F[]
  sort: ServerSort<F> | null
  onSortChange?: (sort: ServerSort<F>) => void
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
  columnVisibility?: VisibilityState
}

const noRows: never[] = []

/** A table model whose rows, sorting and paging all happen on the server; it only keeps the controls in step. */
export function useServerTable<T, F extends string>(options: ServerTableOptions<T, F>) {
  const { rows, total, columns, getRowId, sortFields, sort, onSortChange, pageIndex, pageSize, onPageChange, columnVisibility } = options
  const sorting: SortingState = sort ? [{ id: sort.field, desc: sort.dir === 'desc' }] : []
  const isSortField = (id: string): id is F => (sortFields as readonly string[]).includes(id)
  const sortable = onSortChange !== undefined
  const tableColumns = useMemo(
    () =>
      columns.map((column) => {
        const id = column.id ?? ('accessorKey' in column ? String(column.accessorKey) : '')
        return sortable && (sortFields as readonly string[]).includes(id) ? column : { ...column, enableSorting: false }
      }),
    [columns, sortFields, sortable]
  )

  return useReactTable<T>({
    data: rows ?? noRows,
    columns: tableColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: total ?? 0,
    state: { sorting, pagination: { pageIndex, pageSize }, columnVisibility: columnVisibility ?? {} },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = typeof updater === 'function' ? updater(sorting) : updater
      if (first && isSortField(first.id)) onSortChange?.({ field: first.id, dir: first.desc ? 'desc' : 'asc' })
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater({ pageIndex, pageSize }) : updater
      onPageChange(next.pageIndex)
    }
  })
}
