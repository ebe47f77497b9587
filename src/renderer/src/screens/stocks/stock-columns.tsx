import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { StockHolder, StockRow } from '../../../../shared/domain/stocks'
import { AccountLabel } from '../../components/AccountLabel'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Count } from '../../components/values'

const column = createColumnHelper<StockRow>()
const num = { className: 'cell--num' }

/** The scheme codes of the marketplaces in view for each stock column ("FBS", "FBW / FBO"); '' for none. */
type HolderHints = Readonly<Record<StockHolder, string>>

function holderHeader(label: string, hint: string) {
  if (!hint) return label
  return (
    <span className="th-stack">
      {label}
      <small>{hint}</small>
    </span>
  )
}

/** Columns of the stock table; ids of sortable columns are the server's sort fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function stockColumns(t: TFunction, hints: HolderHints): ColumnDef<StockRow, any>[] {
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
    column.accessor('marketplace', {
      header: () => t('marketplace.column'),
      cell: (info) => <MarketplaceBadge marketplace={info.getValue()} />,
      size: 95
    }),
    column.accessor('vendorCode', { header: () => t('stocks.columns.vendorCode'), size: 120, meta: { className: 'cell--mono' } }),
    column.accessor('size', { header: () => t('stocks.columns.size'), cell: (info) => info.getValue() || '—', size: 70 }),
    column.accessor('barcode', { header: () => t('stocks.columns.barcode'), cell: (info) => info.getValue() || '—', size: 125, meta: { className: 'cell--mono' } }),
    column.accessor('atSeller', {
      header: () => holderHeader(t('stocks.columns.atSeller'), hints.seller),
      cell: (info) => <Count value={info.getValue()} />,
      size: 100,
      meta: num,
      sortDescFirst: true
    }),
    column.accessor('atMarketplace', {
      header: () => holderHeader(t('stocks.columns.atMarketplace'), hints.marketplace),
      cell: (info) => <Count value={info.getValue()} />,
      size: 115,
      meta: num,
      sortDescFirst: true
    }),
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
