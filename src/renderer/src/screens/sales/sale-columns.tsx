import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { SaleRow } from '../../../../shared/domain/sales'
import { AccountLabel } from '../../components/AccountLabel'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Count, Money, MoscowTime } from '../../components/values'
import type { Formatters } from '../../i18n/useFormatDateTime'
import { goodsLabel } from '../orders/order-columns'
import { SaleKindBadge } from './SaleKindBadge'

const column = createColumnHelper<SaleRow>()

/** Columns of the sales table; returns carry negative amounts and are shown as such. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function saleColumns(t: TFunction, format: Formatters): ColumnDef<SaleRow, any>[] {
  return [
    column.accessor('soldAt', {
      header: () => t('sales.columns.soldAt'),
      cell: (info) => <MoscowTime value={info.getValue()} compact />,
      sortDescFirst: true,
      size: 145
    }),
    column.accessor('kind', {
      header: () => t('sales.columns.kind'),
      cell: (info) => <SaleKindBadge kind={info.getValue()} />,
      // «Продажа» and «Возврат» in a badge, whole.
      size: 115
    }),
    column.accessor((row) => goodsLabel(row), {
      id: 'goods',
      header: () => t('sales.columns.goods'),
      cell: (info) => (
        <span className="cell-stack" title={info.getValue()}>
          <span className="cell-stack__main">{info.getValue()}</span>
          <span className="cell-stack__sub">{[info.row.original.vendorCode, info.row.original.size].filter(Boolean).join(' · ')}</span>
        </span>
      ),
      size: 160
    }),
    column.accessor('marketplace', {
      header: () => t('marketplace.column'),
      cell: (info) => <MarketplaceBadge marketplace={info.getValue()} />,
      size: 95
    }),
    column.accessor('quantity', {
      header: () => t('sales.columns.quantity'),
      cell: (info) => <Count value={info.getValue()} />,
      size: 45,
      meta: { className: 'cell--num' }
    }),
    column.accessor('barcode', { header: () => t('sales.columns.barcode'), cell: (info) => info.getValue() || '—', size: 110, meta: { className: 'cell--mono' } }),
    column.accessor('warehouseName', { header: () => t('sales.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 110 }),
    column.accessor('regionName', { header: () => t('sales.columns.region'), cell: (info) => info.getValue() || '—', size: 105 }),
    column.accessor('price', {
      header: () => t('sales.columns.price'),
      cell: (info) => <Money {...info.getValue()} />,
      size: 100,
      meta: { className: 'cell--num' }
    }),
    column.accessor('discountPercent', {
      header: () => t('sales.columns.discount'),
      cell: (info) => format.percent(info.getValue()),
      size: 75,
      meta: { className: 'cell--num' }
    }),
    column.accessor('buyerPrice', {
      header: () => t('sales.columns.buyerPrice'),
      cell: (info) => <Money {...info.getValue()} />,
      sortDescFirst: true,
      size: 105,
      meta: { className: 'cell--num' }
    }),
    column.accessor('payout', {
      header: () => t('sales.columns.payout'),
      cell: (info) => <Money {...info.getValue()} />,
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
