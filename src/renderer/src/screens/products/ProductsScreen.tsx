import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductRow } from '../../../../shared/domain/products'
import { DemoBanner } from '../../components/DemoBanner'
import { ErrorNotice } from '../../components/ErrorNotice'
import { MarketplaceFilterSelect } from '../../components/MarketplaceFilterSelect'
import { allAccounts, useAccountSelection } from '../../hooks/account-filter'
import { useProductPage } from '../../hooks/products'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { allMarketplaces, marketplacesOf, type MarketplaceChoice } from '../../lib/marketplace-filter'
import { ProductDetailPanel, type ProductRef } from './ProductDetailPanel'
import { ProductsEmptyState } from './ProductsEmptyState'
import { usePageResetOn } from './usePageResetOn'
import { useProductsTable, type ProductSort } from './useProductsTable'
import { DataTable } from '../../components/DataTable'
import { Pager } from '../../components/Pager'
import { clampToLastPage } from '../../components/ServerTableSection'

const pageSize = 50
const searchDebounceMs = 250
const defaultSort: ProductSort = { field: 'updatedAt', dir: 'desc' }

export function ProductsScreen() {
  const { t } = useTranslation()
  const searchId = useId()
  const { filter, selected } = useAccountSelection()
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), searchDebounceMs)
  const [marketplace, setMarketplace] = useState<MarketplaceChoice>(allMarketplaces)
  const [sort, setSort] = useState(defaultSort)
  const [page, setPage] = usePageResetOn([filter, marketplace, search, sort.field, sort.dir].join('\n'))
  const [opened, setOpened] = useState<ProductRef | null>(null)

  const products = useProductPage({
    accountIds: filter === allAccounts ? undefined : [filter],
    marketplaces: marketplacesOf(marketplace),
    search: search || undefined,
    sort,
    page,
    pageSize
  })
  const table = useProductsTable({
    page: products.data,
    pageIndex: page,
    pageSize,
    sort,
    showAccountColumn: selected.length > 1,
    onSortChange: setSort,
    onPageChange: setPage
  })

  clampToLastPage(table, products, page, setPage)

  const openProduct = (row: ProductRow) => setOpened({ accountId: row.accountId, productId: row.productId })

  return (
    <section className="screen screen--products" aria-labelledby={`${searchId}-title`}>
      <DemoBanner accounts={selected} />
      <div className="toolbar">
        <h1 id={`${searchId}-title`} className="screen__title">
          {t('products.title')}
        </h1>
        <MarketplaceFilterSelect value={marketplace} onChange={setMarketplace} testId="products-marketplace-filter" />
        <label className="sr-only" htmlFor={searchId}>
          {t('products.searchLabel')}
        </label>
        <input
          id={searchId}
          type="search"
          className="search-input"
          placeholder={t('products.searchPlaceholder')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="products-search"
        />
      </div>

      {products.isPending ? (
        <p className="screen__loading">{t('products.loading')}</p>
      ) : products.isError && !products.data ? (
        <ErrorNotice error={products.error} onRetry={() => void products.refetch()} />
      ) : (
        <>
          <div className="table-scroll">
            <DataTable table={table} testId="products-table" rowTestId="product-row" onOpen={openProduct} stale={products.isPlaceholderData} />
            {products.data?.total === 0 && !products.isPlaceholderData && (
              <ProductsEmptyState search={search} marketplace={marketplace} accountIds={selected.map((account) => account.id)} />
            )}
          </div>
          <Pager table={table} testId="products-total" />
        </>
      )}

      {opened && <ProductDetailPanel key={`${opened.accountId}:${opened.productId}`} product={opened} onClose={() => setOpened(null)} />}
    </section>
  )
}
