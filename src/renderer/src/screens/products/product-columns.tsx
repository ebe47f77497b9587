import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { ProductRow } from '../../../../shared/domain/products'
import { AccountLabel } from '../../components/AccountLabel'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Thumbnail } from './Thumbnail'

const column = createColumnHelper<ProductRow>()

/**
 * Column definitions of the products table. Column ids of sortable columns are the server's sort fields;
 * the others cannot be sorted. Sizes are proportions: the fixed-layout table shares out the spare width. Clicks on a row open the product, so the title button needs no handler.
 */
// Columns hold values of different types; `any` is TanStack Table's documented type for such a list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function productColumns(t: TFunction): ColumnDef<ProductRow, any>[] {
  return [
    column.accessor('thumbnailUrl', {
      id: 'photo',
      header: () => <span className="sr-only">{t('products.columns.photo')}</span>,
      cell: (info) => <Thumbnail key={info.getValue()} url={info.getValue()} />,
      enableSorting: false,
      size: 44
    }),
    column.accessor('title', {
      header: () => t('products.columns.title'),
      cell: (info) => {
        const title = info.getValue() || t('products.untitled')
        return (
          <button type="button" className="link-button" title={title} aria-label={t('products.openProduct', { title })}>
            {title}
          </button>
        )
      },
      size: 225
    }),
    column.accessor('marketplace', {
      header: () => t('marketplace.column'),
      cell: (info) => <MarketplaceBadge marketplace={info.getValue()} />,
      enableSorting: false,
      size: 95
    }),
    column.accessor('vendorCode', { header: () => t('products.columns.vendorCode'), size: 110 }),
    column.accessor('productId', { header: () => t('products.columns.productId'), size: 100 }),
    column.accessor('brand', { header: () => t('products.columns.brand'), size: 100 }),
    column.accessor('category', { header: () => t('products.columns.category'), enableSorting: false, size: 110 }),
    column.accessor((row) => row.barcodes.join(', '), {
      id: 'barcodes',
      header: () => t('products.columns.barcodes'),
      enableSorting: false,
      size: 115
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      enableSorting: false,
      size: 130
    }),
    column.accessor('updatedAt', {
      header: () => t('products.columns.updatedAt'),
      cell: (info) => <FormattedDateTime value={info.getValue()} />,
      sortDescFirst: true,
      size: 135
    })
  ]
}
