import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { SaleRow } from '../../../../shared/domain/sales'
import { AccountLabel } from '../../components/AccountLabel'
import { Money, StatusBadge, WallClock } from '../../components/values'
import type { Formatters } from '../../i18n/useFormatDateTime'
import { goodsLabel } from '../orders/order-columns'

const column = createColumnHelper<SaleRow>()

/** Columns of the sales table; returns carry negative amounts from WB and are shown as such. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function saleColumns(t: TFunction, format: Formatters): ColumnDef<SaleRow, any>[] {
  return [
    column.accessor('date', {
      header: () => t('sales.columns.date'),
      cell: (info) => <WallClock value={info.getValue()} compact />,
      sortDescFirst: true,
      size: 145
    }),
    column.accessor('isReturn', {
      id: 'kind',
      header: () => t('sales.columns.kind'),
      cell: (info) => <StatusBadge tone={info.getValue() ? 'danger' : 'success'}>{info.getValue() ? t('sales.return') : t('sales.sale')}</StatusBadge>,
      // «Продажа» and «Возврат» in a badge, whole.
      size: 115
    }),
    column.accessor((row) => goodsLabel(row.subject, row.brand), {
      id: 'goods',
      header: () => t('sales.columns.goods'),
      cell: (info) => (
        <span className="cell-stack" title={info.getValue()}>
          <span className="cell-stack__main">{info.getValue()}</span>
          <span className="cell-stack__sub">{[info.row.original.supplierArticle, info.row.original.techSize].filter(Boolean).join(' · ')}</span>
        </span>
      ),
      size: 160
    }),
    column.accessor('barcode', { header: () => t('sales.columns.barcode'), cell: (info) => info.getValue() || '—', size: 110, meta: { className: 'cell--mono' } }),
    column.accessor('warehouseName', { header: () => t('sales.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 110 }),
    column.accessor('regionName', { header: () => t('sales.columns.region'), cell: (info) => info.getValue() || '—', size: 105 }),
    column.accessor('totalPriceKopecks', {
      header: () => t('sales.columns.totalPrice'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      size: 100,
      meta: { className: 'cell--num' }
    }),
    column.accessor('discountPercent', {
      header: () => t('sales.columns.discount'),
      cell: (info) => format.percent(info.getValue()),
      size: 75,
      meta: { className: 'cell--num' }
    }),
    column.accessor('finishedPriceKopecks', {
      id: 'finishedPrice',
      header: () => t('sales.columns.finishedPrice'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      sortDescFirst: true,
      size: 105,
      meta: { className: 'cell--num' }
    }),
    column.accessor('forPayKopecks', {
      id: 'forPay',
      header: () => t('sales.columns.forPay'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      sortDescFirst: true,
      size: 125,
      meta: { className: 'cell--num cell--strong' }
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}
