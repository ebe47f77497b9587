import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stockSortFields, type StockRow, type StockSortField } from '../../../../shared/domain/stocks'
import { DemoBanner } from '../../components/DemoBanner'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useStockPage, useStockWarehouses } from '../../hooks/stocks'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useFilterScopedState } from '../../hooks/useFilterScopedState'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { usePageResetOn } from '../products/usePageResetOn'
import { stockColumns } from './stock-columns'
import { StockDetailPanel } from './StockDetailPanel'
import { maxLowStockThreshold, parseThreshold, useLowStockThreshold } from './useLowStockThreshold'

const pageSize = 50
const debounceMs = 250
const defaultSort: ServerSort<StockSortField> = { field: 'title', dir: 'asc' }

/** `seller:<id>` / `wb:<id>`, or '' for every warehouse. */
function parseWarehouse(value: string): { kind: 'seller' | 'wb'; warehouseId: number } | undefined {
  const [kind, id] = value.split(':')
  if ((kind !== 'seller' && kind !== 'wb') || !id) return undefined
  return { kind, warehouseId: Number(id) }
}

/** Stock per size: FBS (seller warehouses) and FBW (WB warehouses) side by side, with a low-stock warning. */
export function StocksScreen() {
  const { t } = useTranslation()
  const titleId = useId()
  const warehouseId = useId()
  const thresholdId = useId()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), debounceMs)
  const [warehouse, setWarehouse] = useFilterScopedState(filter, '')
  const [threshold, setThreshold] = useLowStockThreshold()
  const [thresholdText, setThresholdText] = useState(String(threshold))
  const lowThreshold = useDebouncedValue(threshold, debounceMs)
  const [lowOnly, setLowOnly] = useState(false)
  const [sort, setSort] = useState(defaultSort)
  const [page, setPage] = usePageResetOn([filter, search, warehouse, lowThreshold, lowOnly, sort.field, sort.dir].join('\n'))
  const [opened, setOpened] = useState<StockRow | null>(null)

  const warehouses = useStockWarehouses({ accountIds })
  const stocks = useStockPage({
    accountIds,
    search: search || undefined,
    warehouse: parseWarehouse(warehouse),
    lowOnly: lowOnly || undefined,
    lowThreshold,
    sort,
    page,
    pageSize
  })
  const columns = useMemo(() => stockColumns(t), [t])
  const table = useServerTable({
    rows: stocks.data?.rows,
    total: stocks.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.chrtId}:${row.barcode}`,
    sortFields: stockSortFields,
    sort,
    onSortChange: setSort,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })

  clampToLastPage(table, stocks, page, setPage)

  const sellerWarehouses = (warehouses.data ?? []).filter((w) => w.kind === 'seller')
  const wbWarehouses = (warehouses.data ?? []).filter((w) => w.kind === 'wb')
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
        <div className="filters__field">
          <label htmlFor={warehouseId}>{t('stocks.warehouse')}</label>
          <select id={warehouseId} value={warehouse} onChange={(event) => setWarehouse(event.target.value)} data-testid="stocks-warehouse">
            <option value="">{t('stocks.allWarehouses')}</option>
            {sellerWarehouses.length > 0 && (
              <optgroup label={t('stocks.sellerWarehouses')}>
                {sellerWarehouses.map((w) => (
                  <option key={`seller:${w.warehouseId}`} value={`seller:${w.warehouseId}`}>
                    {w.name}
                  </option>
                ))}
              </optgroup>
            )}
            {wbWarehouses.length > 0 && (
              <optgroup label={t('stocks.wbWarehouses')}>
                {wbWarehouses.map((w) => (
                  <option key={`wb:${w.warehouseId}`} value={`wb:${w.warehouseId}`}>
                    {w.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
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
          { label: `${t('stocks.columns.fbs')} · ${t('stocks.columns.fbsHint')}`, value: <Count value={totals?.fbs ?? null} /> },
          { label: `${t('stocks.columns.fbw')} · ${t('stocks.columns.fbwHint')}`, value: <Count value={totals?.fbw ?? null} /> },
          { label: t('stocks.columns.inWayToClient'), value: <Count value={totals?.inWayToClient ?? null} /> },
          { label: t('stocks.columns.inWayFromClient'), value: <Count value={totals?.inWayFromClient ?? null} /> },
          { label: t('stocks.totalAll'), value: <Count value={totals ? totals.fbs + totals.fbw : null} /> },
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
          filtered: Boolean(search || warehouse || lowOnly),
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('stocks.empty'),
          emptyHint: t('stocks.emptyHint'),
          testId: 'stocks-empty'
        }}
      />

      {opened && <StockDetailPanel key={`${opened.accountId}:${opened.chrtId}`} row={opened} onClose={() => setOpened(null)} />}
    </section>
  )
}
