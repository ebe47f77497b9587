import { getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { productSortFields, type ProductPage, type ProductRow, type ProductSortField } from '../../../../shared/domain/products'
import type { CallInput } from '../../../../shared/ipc'
import { productColumns } from './product-columns'

export type ProductSort = CallInput<'products.list'>['sort']

const noRows: ProductRow[] = []

function isSortField(id: string): id is ProductSortField {
  return (productSortFields as readonly string[]).includes(id)
}

interface ProductsTableOptions {
  page: ProductPage | undefined
  pageIndex: number
  pageSize: number
  sort: ProductSort
  /** The Кабинет column only says something when rows of several cabinets are listed. */
  showAccountColumn: boolean
  onSortChange: (sort: ProductSort) => void
  onPageChange: (pageIndex: number) => void
}

/** The products table model: rows, sorting and paging all happen on the server (products.list). */
export function useProductsTable({ page, pageIndex, pageSize, sort, showAccountColumn, onSortChange, onPageChange }: ProductsTableOptions) {
  const { t } = useTranslation()
  const columns = useMemo(() => productColumns(t), [t])
  const sorting: SortingState = [{ id: sort.field, desc: sort.dir === 'desc' }]

  return useReactTable({
    data: page?.rows ?? noRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => `${row.accountId}:${row.productId}`,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: page?.total ?? 0,
    state: { sorting, pagination: { pageIndex, pageSize }, columnVisibility: { accountName: showAccountColumn } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = typeof updater === 'function' ? updater(sorting) : updater
      if (first && isSortField(first.id)) onSortChange({ field: first.id, dir: first.desc ? 'desc' : 'asc' })
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater({ pageIndex, pageSize }) : updater
      onPageChange(next.pageIndex)
    }
  })
}
