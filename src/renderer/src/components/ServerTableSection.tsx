import type { Table } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import { DataEmptyState, type DataEmptyStateProps } from './DataEmptyState'
import { DataTable } from './DataTable'
import { ErrorNotice } from './ErrorNotice'
import { Pager } from './Pager'

/** The parts of a TanStack query of one server-side page that the section reads. */
export interface PageQuery {
  data?: { total: number } | undefined
  isPending: boolean
  isError: boolean
  isPlaceholderData: boolean
  error: unknown
  refetch(): unknown
}

interface ServerTableSectionProps<Row> {
  query: PageQuery
  table: Table<Row>
  testIds: { table: string; row: string; pager: string }
  onOpen?: (row: Row) => void
  rowClassName?: (row: Row) => string | undefined
  empty: DataEmptyStateProps
}

/** A server-side list's body: loading, a failed load with retry, or the table with its empty state and pager. */
export function ServerTableSection<Row>({ query, table, testIds, onOpen, rowClassName, empty }: ServerTableSectionProps<Row>) {
  const { t } = useTranslation()
  if (query.isPending) return <p className="screen__loading">{t('data.loading')}</p>
  if (query.isError && !query.data) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
  return (
    <>
      <div className="table-scroll">
        <DataTable
          table={table}
          testId={testIds.table}
          rowTestId={testIds.row}
          stale={query.isPlaceholderData}
          {...(onOpen ? { onOpen } : {})}
          {...(rowClassName ? { rowClassName } : {})}
        />
        {query.data?.total === 0 && !query.isPlaceholderData && <DataEmptyState {...empty} />}
      </div>
      <Pager table={table} testId={testIds.pager} />
    </>
  )
}

/** Rows were removed while a later page was shown: step back to the new last page. */
export function clampToLastPage<Row>(table: Table<Row>, query: PageQuery, page: number, setPage: (page: number) => void): void {
  const lastPage = Math.max(0, table.getPageCount() - 1)
  if (query.data && !query.isPlaceholderData && page > lastPage) setPage(lastPage)
}
