import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stockSortFields, type StockRow, type StockSortField } from '../../../../shared/domain/stocks'
import { DemoBanner } from '../../components/DemoBanner'
import { MarketplaceFilterSelect } from '../../components/MarketplaceFilterSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useStockPage, useStockWarehouses } from '../../hooks/stocks'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useFilterScopedState } from '../../hooks/useFilterScopedState'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { schemesHint } from '../../lib/fulfilment-schemes'
import { allMarketplaces, marketplacesInView, marketplacesOf, type MarketplaceChoice } from '../../lib/marketplace-filter'
import { usePageResetOn } from '../products/usePageResetOn'
import { stockColumns } from './stock-columns'
import { StockDetailPanel } from './StockDetailPanel'
import { StockWarehouseSelect } from './StockWarehouseSelect'
import { parseWarehouseOption } from './warehouse-filter'
import { maxLowStockThreshold, parseThreshold, useLowStockThreshold } from './useLowStockThreshold'

const pageSize = 50
const debounceMs = 250
const defaultSort: ServerSort<StockSortField> = { field: 'title', dir: 'asc' }

/** «На своём складе · FBS»; the label alone when no marketplace is in view. */
function withHint(label: string, hint: string): string {
  return hint ? `${label} · ${hint}` : label
}

/** Stock per offer: on the seller's own warehouses and on the marketplace's side by side, with a low-stock warning. */
export function StocksScreen() {
  const { t } = useTranslation()
  const titleId = useId()
  const thresholdId = useId()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), debounceMs)
  const [marketplace, setMarketplace] = useState<MarketplaceChoice>(allMarketplaces)
  // The chosen warehouse may not exist under another cabinet or marketplace filter.
  const [warehouse, setWarehouse] = useFilterScopedState(`${filter}\n${marketplace}`, '')
  const [threshold, setThreshold] = useLowStockThreshold()
  const [thresholdText, setThresholdText] = useState(String(threshold))
  const lowThreshold = useDebouncedValue(threshold, debounceMs)
  const [lowOnly, setLowOnly] = useState(false)
  const [sort, setSort] = useState(defaultSort)
  const [page, setPage] = usePageResetOn([filter, marketplace, search, warehouse, lowThreshold, lowOnly, sort.field, sort.dir].join('\n'))
  const [opened, setOpened] = useState<StockRow | null>(null)

  const warehouses = useStockWarehouses({ accountIds })
  const stocks = useStockPage({
    accountIds,
    marketplaces: marketplacesOf(marketplace),
    search: search || undefined,
    warehouse: parseWarehouseOption(warehouse),
    lowOnly: lowOnly || undefined,
    lowThreshold,
    sort,
    page,
    pageSize
  })
  const inView = marketplacesInView(marketplace, selected)
  const sellerHint = schemesHint('seller', inView)
  const marketplaceHint = schemesHint('marketplace', inView)
  const columns = useMemo(() => stockColumns(t, { seller: sellerHint, marketplace: marketplaceHint }), [t, sellerHint, marketplaceHint])
  const table = useServerTable({
    rows: stocks.data?.rows,
    total: stocks.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.offerId}:${row.barcode}`,
    sortFields: stockSortFields,
    sort,
    onSortChange: setSort,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })

  clampToLastPage(table, stocks, page, setPage)

  const warehousesInView = (warehouses.data ?? []).filter((w) => marketplace === allMarketplaces || w.marketplace === marketplace)
  const totals = stocks.data?.totals

  function changeThreshold(text: string) {
    setThresholdText(text)
    const parsed = parseThreshold(text)
    if (parsed !== null) setThreshold(parsed)
  }

  return (
    <section className="screen" aria-labelledby={titleId}>
      <DemoBanner accounts={selected} />
      <div className="toolbar">
        <h1 id={titleId} className="screen__title">
          {t('stocks.title')}
        </h1>
        <SearchBox label={t('stocks.searchLabel')} placeholder={t('stocks.searchPlaceholder')} value={searchText} onChange={setSearchText} testId="stocks-search" />
      </div>

      <div className="filters">
        <MarketplaceFilterSelect value={marketplace} onChange={setMarketplace} testId="stocks-marketplace-filter" />
        <StockWarehouseSelect warehouses={warehousesInView} value={warehouse} onChange={setWarehouse} />
        <div className="filters__field">
          <label htmlFor={thresholdId}>{t('stocks.threshold')}</label>
          <input
            id={thresholdId}
            type="number"
            className="number-input"
            min={0}
            max={maxLowStockThreshold}
            step={1}
            value={thresholdText}
            onChange={(event) => changeThreshold(event.target.value)}
            onBlur={() => setThresholdText(String(threshold))}
            aria-invalid={parseThreshold(thresholdText) === null ? true : undefined}
            data-testid="stocks-threshold"
          />
        </div>
        <label className="toggle">
          <input type="checkbox" checked={lowOnly} onChange={(event) => setLowOnly(event.target.checked)} data-testid="stocks-low-toggle" />
          <span>{t('stocks.lowOnly')}</span>
        </label>
      </div>

      <TotalsBar
        label={t('stocks.totalsLabel')}
        testId="stocks-total"
        stale={stocks.isPlaceholderData}
        items={[
          { label: withHint(t('stocks.columns.atSeller'), sellerHint), value: <Count value={totals?.atSeller ?? null} /> },
          { label: withHint(t('stocks.columns.atMarketplace'), marketplaceHint), value: <Count value={totals?.atMarketplace ?? null} /> },
          { label: t('stocks.columns.inWayToClient'), value: <Count value={totals?.inWayToClient ?? null} /> },
          { label: t('stocks.columns.inWayFromClient'), value: <Count value={totals?.inWayFromClient ?? null} /> },
          { label: t('stocks.totalAll'), value: <Count value={totals ? totals.atSeller + totals.atMarketplace : null} /> },
          { label: t('stocks.lowRows', { threshold: lowThreshold }), value: <Count value={totals?.lowRows ?? null} />, warn: (totals?.lowRows ?? 0) > 0 }
        ]}
      />

      <ServerTableSection
        query={stocks}
        table={table}
        testIds={{ table: 'stocks-table', row: 'stock-row', pager: 'stocks-shown' }}
        onOpen={setOpened}
        rowClassName={(row) => (row.low ? 'data-table__row--low' : undefined)}
        empty={{
          filtered: Boolean(search || warehouse || lowOnly || marketplace !== allMarketplaces),
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('stocks.empty'),
          emptyHint: t('stocks.emptyHint'),
          testId: 'stocks-empty'
        }}
      />

      {opened && <StockDetailPanel key={`${opened.accountId}:${opened.offerId}`} row={opened} onClose={() => setOpened(null)} />}
    </section>
  )
}
