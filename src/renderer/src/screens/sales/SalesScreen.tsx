import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saleSortFields, type SaleSortField } from '../../../../shared/domain/sales'
import { DemoBanner } from '../../components/DemoBanner'
import { MultiSelect } from '../../components/MultiSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { PeriodFilter } from '../../components/PeriodFilter'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count, Money } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useOrderFilterOptions } from '../../hooks/orders'
import { useSalePage } from '../../hooks/sales'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { defaultPeriod, periodOf, type PeriodChoice } from '../../lib/period'
import { usePageResetOn } from '../products/usePageResetOn'
import { saleColumns } from './sale-columns'

const pageSize = 50
const debounceMs = 250
const defaultSort: ServerSort<SaleSortField> = { field: 'date', dir: 'desc' }
const saleKinds = ['all', 'sales', 'returns'] as const
type SaleKind = (typeof saleKinds)[number]

/** Продажи: sales and returns from WB's statistics feed (sales.list), with sums over the filtered period. */
export function SalesScreen() {
  const { t } = useTranslation()
  const format = useFormatters()
  const titleId = useId()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [period, setPeriod] = useState<PeriodChoice>(defaultPeriod)
  const [kind, setKind] = useState<SaleKind>('all')
  const [warehouseNames, setWarehouseNames] = useState<string[]>([])
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), debounceMs)
  const [sort, setSort] = useState(defaultSort)
  const periodInput = periodOf(period, Date.now())
  const [page, setPage] = usePageResetOn([filter, JSON.stringify(periodInput), kind, warehouseNames.join('\t'), search, sort.field, sort.dir].join('\n'))

  const options = useOrderFilterOptions({ accountIds })
  const sales = useSalePage({
    accountIds,
    period: periodInput,
    kind,
    warehouseNames: warehouseNames.length > 0 ? warehouseNames : undefined,
    search: search || undefined,
    sort,
    page,
    pageSize
  })
  const columns = useMemo(() => saleColumns(t, format), [t, format])
  const table = useServerTable({
    rows: sales.data?.rows,
    total: sales.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.saleId}:${row.srid}`,
    sortFields: saleSortFields,
    sort,
    onSortChange: setSort,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  clampToLastPage(table, sales, page, setPage)
  const totals = sales.data?.totals

  return (
    <section className="screen" aria-labelledby={titleId}>
      <DemoBanner accounts={selected} />
      <div className="toolbar">
        <h1 id={titleId} className="screen__title">
          {t('sales.title')}
        </h1>
        <SearchBox label={t('sales.searchLabel')} placeholder={t('sales.searchPlaceholder')} value={searchText} onChange={setSearchText} testId="sales-search" />
      </div>

      <div className="filters">
        <PeriodFilter value={period} onChange={setPeriod} testId="sales-period" />
        <div className="segmented" role="group" aria-label={t('sales.kind')}>
          {saleKinds.map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={kind === value} onClick={() => setKind(value)} data-testid={`sales-kind-${value}`}>
              {t(`sales.kinds.${value}`)}
            </button>
          ))}
        </div>
        <MultiSelect
          label={t('sales.warehouse')}
          options={(options.data?.warehouseNames ?? []).map((name) => ({ value: name, label: name }))}
          value={warehouseNames}
          onChange={setWarehouseNames}
          testId="sales-warehouse-filter"
        />
      </div>

      <TotalsBar
        label={t('sales.totalsLabel')}
        testId="sales-totals"
        stale={sales.isPlaceholderData}
        items={[
          { label: t('sales.totals.sales'), value: <Count value={totals?.sales ?? null} /> },
          { label: t('sales.totals.returns'), value: <Count value={totals?.returns ?? null} />, warn: (totals?.returns ?? 0) > 0 },
          { label: t('sales.totals.finishedPrice'), value: <Money kopecks={totals?.finishedPriceKopecks ?? null} /> },
          { label: t('sales.totals.forPay'), value: <Money kopecks={totals?.forPayKopecks ?? null} /> }
        ]}
      />

      <ServerTableSection
        query={sales}
        table={table}
        testIds={{ table: 'sales-table', row: 'sale-row', pager: 'sales-shown' }}
        rowClassName={(row) => (row.isReturn ? 'data-table__row--return' : undefined)}
        empty={{
          filtered: Boolean(search || warehouseNames.length || kind !== 'all' || period.kind !== 'all'),
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('sales.empty'),
          emptyHint: t('sales.emptyHint'),
          testId: 'sales-empty'
        }}
      />
    </section>
  )
}
