import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { useEffect, useRef } from 'react'
import type { FbsOrderRow } from '../../../../shared/domain/orders'
import { AccountLabel } from '../../components/AccountLabel'
import { LocalTime, PriceWithSale, StatusBadge } from '../../components/values'
import { fbsStatusKey, fbsStatusTone, wbStatusKey } from '../../lib/wb-statuses'

const column = createColumnHelper<FbsOrderRow>()

/** What the checkbox column needs to know and do; rebuilt when the selection changes. */
export interface RowSelectionApi {
  pageState: 'none' | 'some' | 'all' | 'unavailable'
  togglePage: () => void
  isSelected: (row: FbsOrderRow) => boolean
  canSelect: (row: FbsOrderRow) => boolean
  toggle: (row: FbsOrderRow) => void
  /** Why a row cannot be ticked, for its tooltip. */
  whyNot: (row: FbsOrderRow) => string
}

function Checkbox({ checked, indeterminate, disabled, onChange, label, title, testId }: {
  checked: boolean
  indeterminate?: boolean
  disabled?: boolean
  onChange: () => void
  label: string
  title?: string
  testId?: string
}) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = Boolean(indeterminate)
  }, [indeterminate])
  return (
    <label className="row-check" title={title}>
      <input ref={ref} type="checkbox" checked={checked} disabled={disabled} onChange={onChange} aria-label={label} data-testid={testId} />
    </label>
  )
}

/** Columns of the FBS assembly tasks table; ids of sortable columns are the server's sort fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fbsOrderColumns(t: TFunction, selection: RowSelectionApi): ColumnDef<FbsOrderRow, any>[] {
  return [
    column.display({
      id: 'select',
      header: () => (
        <Checkbox
          checked={selection.pageState === 'all'}
          indeterminate={selection.pageState === 'some'}
          disabled={selection.pageState === 'unavailable'}
          onChange={selection.togglePage}
          label={t('fbsOrders.selectPage')}
          title={selection.pageState === 'unavailable' ? t('fbsOrders.nothingToSelect') : t('fbsOrders.selectPage')}
          testId="orders-select-page"
        />
      ),
      cell: (info) => {
        const row = info.row.original
        const selectable = selection.canSelect(row) || selection.isSelected(row)
        return (
          <Checkbox
            checked={selection.isSelected(row)}
            disabled={!selectable}
            onChange={() => selection.toggle(row)}
            label={t('fbsOrders.selectRow', { id: row.orderId })}
            title={selectable ? undefined : selection.whyNot(row)}
            testId="fbs-order-select"
          />
        )
      },
      size: 36
    }),
    column.accessor('orderId', { header: () => t('fbsOrders.columns.orderId'), size: 95, meta: { className: 'cell--mono' } }),
    column.accessor('createdAt', {
      header: () => t('fbsOrders.columns.createdAt'),
      cell: (info) => <LocalTime value={info.getValue()} compact />,
      sortDescFirst: true,
      size: 145
    }),
    column.accessor('title', {
      header: () => t('fbsOrders.columns.title'),
      cell: (info) => {
        const title = info.getValue() || t('products.untitled')
        return (
          <button type="button" className="link-button" title={title} aria-label={t('fbsOrders.openRow', { id: info.row.original.orderId })}>
            {title}
          </button>
        )
      },
      size: 145
    }),
    column.accessor('article', { header: () => t('fbsOrders.columns.article'), size: 100, meta: { className: 'cell--mono' } }),
    column.accessor('barcode', { header: () => t('fbsOrders.columns.barcode'), cell: (info) => info.getValue() || '—', size: 110, meta: { className: 'cell--mono' } }),
    column.accessor('warehouseName', { header: () => t('fbsOrders.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 110 }),
    column.accessor('price', {
      id: 'price',
      header: () => t('fbsOrders.columns.price'),
      cell: (info) => <PriceWithSale price={info.getValue()} salePrice={info.row.original.salePrice} />,
      sortDescFirst: true,
      size: 110,
      meta: { className: 'cell--num' }
    }),
    column.accessor('supplierStatus', {
      id: 'status',
      header: () => t('fbsOrders.columns.status'),
      cell: (info) => {
        const key = fbsStatusKey(info.getValue())
        const wb = info.row.original.wbStatus
        return (
          <StatusBadge tone={fbsStatusTone(key)} title={wb ? `${t('fbsOrders.wbStatus')}: ${t(`statuses.wb.${wbStatusKey(wb)}`)}` : undefined}>
            {t(`statuses.fbs.${key}`)}
          </StatusBadge>
        )
      },
      size: 170
    }),
    column.accessor('supplyId', {
      header: () => t('fbsOrders.columns.supply'),
      cell: (info) => info.getValue() ?? <span className="muted">{t('fbsOrders.noSupply')}</span>,
      size: 125,
      meta: { className: 'cell--mono' }
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}
