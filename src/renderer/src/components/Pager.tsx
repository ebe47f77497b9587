import type { Table } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'

/** "Показано 1–50 из 12 345" and the page buttons under a server-side table. */
export function Pager<T>({ table, testId }: { table: Table<T>; testId: string }) {
  const { t } = useTranslation()
  const { pageIndex, pageSize } = table.getState().pagination
  const total = table.getRowCount()
  const pageCount = Math.max(1, table.getPageCount())
  const from = pageIndex * pageSize + 1
  const to = Math.min(total, (pageIndex + 1) * pageSize)

  return (
    <div className="pager">
      <span className="pager__total" data-testid={testId}>
        {total > 0 ? t('table.shownRange', { from, to, total }) : t('table.shownNone')}
      </span>
      <nav className="pager__pages" aria-label={t('table.pagination')}>
        <button type="button" className="button button--icon" onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()} aria-label={t('table.firstPage')}>
          «
        </button>
        <button type="button" className="button button--icon" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t('table.previousPage')}>
          ‹
        </button>
        <span className="pager__page">{t('table.pageOf', { page: pageIndex + 1, pages: pageCount })}</span>
        <button type="button" className="button button--icon" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t('table.nextPage')}>
          ›
        </button>
        <button type="button" className="button button--icon" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()} aria-label={t('table.lastPage')}>
          »
        </button>
      </nav>
    </div>
  )
}
