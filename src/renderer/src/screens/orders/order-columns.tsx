import { OrderStatusBadge } from './OrderStatusBadge'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { OrderRow } from '../../../../shared/domain/orders'
import { AccountLabel } from '../../components/AccountLabel'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Count, Money, MoscowTime } from '../../components/values'
import type { Formatters } from '../../i18n/useFormatDateTime'

const column = createColumnHelper<OrderRow>()

/**
 * The product's title where the catalogue is mirrored, else "Кружка · SFERA" from the category and brand the
 * order or sale line carries itself.
 */
export function goodsLabel(row: { title: string; category: string; brand: string }): string {
  return row.title || [row.category, row.brand].filter(Boolean).join(' · ') || '—'
}

/** Columns of the all-orders table; ids of sortable columns are the server's sort fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function orderColumns(t: TFunction, format: Formatters): ColumnDef<OrderRow, any>[] {
  return [
    column.accessor('orderedAt', {
      header: () => t('orders.columns.orderedAt'),
      cell: (info) => <MoscowTime value={info.getValue()} compact />,
      sortDescFirst: true,
      size: 145
    }),
    column.accessor((row) => goodsLabel(row), {
      id: 'goods',
      header: () => t('orders.columns.goods'),
      cell: (info) => (
        <button
          type="button"
          className="link-button"
          title={info.getValue()}
          aria-label={t('orders.openRow', { id: info.row.original.orderNumber || info.row.original.orderId })}
        >
          {info.getValue()}
        </button>
      ),
      size: 140
    }),
    column.accessor('marketplace', {
      header: () => t('marketplace.column'),
      cell: (info) => <MarketplaceBadge marketplace={info.getValue()} />,
      size: 95
    }),
    column.accessor('vendorCode', { header: () => t('orders.columns.vendorCode'), size: 100, meta: { className: 'cell--mono' } }),
    column.accessor('size', { header: () => t('orders.columns.size'), cell: (info) => info.getValue() || '—', size: 55 }),
    column.accessor('quantity', {
      header: () => t('orders.columns.quantity'),
      cell: (info) => <Count value={info.getValue()} />,
      size: 45,
      meta: { className: 'cell--num' }
    }),
    column.accessor('barcode', { header: () => t('orders.columns.barcode'), cell: (info) => info.getValue() || '—', size: 110, meta: { className: 'cell--mono' } }),
    column.accessor('warehouseName', { id: 'warehouse', header: () => t('orders.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 115 }),
    column.accessor('regionName', { header: () => t('orders.columns.region'), cell: (info) => info.getValue() || '—', size: 110 }),
    column.accessor('price', {
      header: () => t('orders.columns.price'),
      cell: (info) => <Money {...info.getValue()} />,
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
    column.accessor('buyerPrice', {
      header: () => t('orders.columns.buyerPrice'),
      cell: (info) => <Money {...info.getValue()} />,
      sortDescFirst: true,
      size: 105,
      meta: { className: 'cell--num cell--strong' }
    }),
    column.accessor('status', {
      header: () => t('orders.columns.status'),
      cell: (info) => {
        const { cancelledAt, marketplaceStatus } = info.row.original
        const title = cancelledAt ? format.moscow(cancelledAt) : (marketplaceStatus ?? undefined)
        return <OrderStatusBadge status={info.getValue()} title={title} />
      },
      size: 95
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}
