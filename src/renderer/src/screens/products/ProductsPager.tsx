import type { Table } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { ProductRow } from '../../../../shared/domain/products'

/** "Показано 1–50 из 12 345" and the page buttons under the products table. */
export function ProductsPager({ table }: { table: Table<ProductRow> }) {
  const { t } = useTranslation()
  const { pageIndex, pageSize } = table.getState().pagination
  const total = table.getRowCount()
  const pageCount = Math.max(1, table.getPageCount())
  const from = pageIndex * pageSize + 1
  const to = Math.min(total, (pageIndex + 1) * pageSize)

  return (
    <div className="pager">
      <span className="pager__total" data-testid="products-total">
        {total > 0 ? t('products.shownRange', { from, to, total }) : t('products.shownNone')}
      </span>
      <nav className="pager__pages" aria-label={t('products.pagination')}>
        <button type="button" className="button button--icon" onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()} aria-label={t('products.firstPage')}>
          «
        </button>
        <button type="button" className="button button--icon" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t('products.previousPage')}>
          ‹
        </button>
        <span className="pager__page">{t('products.pageOf', { page: pageIndex + 1, pages: pageCount })}</span>
        <button type="button" className="button button--icon" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t('products.nextPage')}>
          ›
        </button>
        <button type="button" className="button button--icon" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()} aria-label={t('products.lastPage')}>
          »
        </button>
      </nav>
    </div>
  )
}
