import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { StockRow } from '../../../../shared/domain/stocks'
import { AccountLabel } from '../../components/AccountLabel'
import { Count } from '../../components/values'

const column = createColumnHelper<StockRow>()
const num = { className: 'cell--num' }

/** Columns of the stock table; ids of sortable columns are the server's sort fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function stockColumns(t: TFunction): ColumnDef<StockRow, any>[] {
  return [
    column.accessor('title', {
      header: () => t('stocks.columns.title'),
      cell: (info) => {
        const title = info.getValue() || t('products.untitled')
        return (
          <button type="button" className="link-button" title={title} aria-label={t('stocks.openRow', { title })}>
            {title}
          </button>
        )
      },
      size: 220
    }),
    column.accessor('vendorCode', { header: () => t('stocks.columns.vendorCode'), size: 120, meta: { className: 'cell--mono' } }),
    column.accessor('techSize', { header: () => t('stocks.columns.size'), cell: (info) => info.getValue() || '—', size: 70 }),
    column.accessor('barcode', { header: () => t('stocks.columns.barcode'), cell: (info) => info.getValue() || '—', size: 125, meta: { className: 'cell--mono' } }),
    column.accessor('fbs', {
      header: () => (
        <span className="th-stack">
          {t('stocks.columns.fbs')}
          <small>{t('stocks.columns.fbsHint')}</small>
        </span>
      ), cell: (info) => <Count value={info.getValue()} />, size: 90, meta: num, sortDescFirst: true }),
    column.accessor('fbw', {
      header: () => (
        <span className="th-stack">
          {t('stocks.columns.fbw')}
          <small>{t('stocks.columns.fbwHint')}</small>
        </span>
      ), cell: (info) => <Count value={info.getValue()} />, size: 90, meta: num, sortDescFirst: true }),
    column.accessor('inWayToClient', { header: () => t('stocks.columns.inWayToClient'), cell: (info) => <Count value={info.getValue()} />, size: 95, meta: num }),
    column.accessor('inWayFromClient', { header: () => t('stocks.columns.inWayFromClient'), cell: (info) => <Count value={info.getValue()} />, size: 95, meta: num }),
    column.accessor('total', {
      header: () => t('stocks.columns.total'),
      cell: (info) => (
        <span className="stock-total">
          {info.row.original.low && <span className="status status--danger">{t('stocks.lowBadge')}</span>}
          <Count value={info.getValue()} />
        </span>
      ),
      size: 110,
      meta: { className: 'cell--num cell--strong' },
      sortDescFirst: true
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}
