import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { OrderRow } from '../../../../shared/domain/orders'
import { AccountLabel } from '../../components/AccountLabel'
import { Money, StatusBadge, WallClock } from '../../components/values'
import type { Formatters } from '../../i18n/useFormatDateTime'

const column = createColumnHelper<OrderRow>()

/** "Кружка · SFERA": WB's statistics rows carry the subject and brand, not the card title. */
export function goodsLabel(subject: string, brand: string): string {
  return [subject, brand].filter(Boolean).join(' · ') || '—'
}

/** Columns of the all-orders table (WB statistics feed); ids of sortable columns are the server's sort fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function orderColumns(t: TFunction, format: Formatters): ColumnDef<OrderRow, any>[] {
  return [
    column.accessor('date', {
      header: () => t('orders.columns.date'),
      cell: (info) => <WallClock value={info.getValue()} compact />,
      sortDescFirst: true,
      size: 145
    }),
    column.accessor((row) => goodsLabel(row.subject, row.brand), {
      id: 'goods',
      header: () => t('orders.columns.goods'),
      cell: (info) => (
        <button type="button" className="link-button" title={info.getValue()} aria-label={t('orders.openRow', { id: info.row.original.gNumber || info.row.original.srid })}>
          {info.getValue()}
        </button>
      ),
      size: 140
    }),
    column.accessor('supplierArticle', { header: () => t('orders.columns.article'), size: 100, meta: { className: 'cell--mono' } }),
    column.accessor('techSize', { header: () => t('orders.columns.size'), cell: (info) => info.getValue() || '—', size: 55 }),
    column.accessor('barcode', { header: () => t('orders.columns.barcode'), cell: (info) => info.getValue() || '—', size: 110, meta: { className: 'cell--mono' } }),
    column.accessor('warehouseName', { id: 'warehouse', header: () => t('orders.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 115 }),
    column.accessor('regionName', { header: () => t('orders.columns.region'), cell: (info) => info.getValue() || '—', size: 110 }),
    column.accessor('totalPriceKopecks', {
      id: 'totalPrice',
      header: () => t('orders.columns.totalPrice'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      sortDescFirst: true,
      size: 100,
      meta: { className: 'cell--num' }
    }),
    column.accessor('discountPercent', {
      header: () => t('orders.columns.discount'),
      cell: (info) => format.percent(info.getValue()),
      size: 75,
      meta: { className: 'cell--num' }
    }),
    column.accessor('finishedPriceKopecks', {
      id: 'finishedPrice',
      header: () => t('orders.columns.finishedPrice'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      sortDescFirst: true,
      size: 105,
      meta: { className: 'cell--num cell--strong' }
    }),
    column.accessor('isCancel', {
      header: () => t('orders.columns.status'),
      cell: (info) =>
        info.getValue() ? (
          <StatusBadge tone="danger" title={info.row.original.cancelDate ? format.wallClock(info.row.original.cancelDate) : undefined}>
            {t('orders.cancelled')}
          </StatusBadge>
        ) : (
          <StatusBadge tone="neutral">{t('orders.active')}</StatusBadge>
        ),
      size: 95
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}
