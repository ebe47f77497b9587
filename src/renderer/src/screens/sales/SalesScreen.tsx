import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saleSortFields, type SaleSortField } from '../../../../shared/domain/sales'
import { DemoBanner } from '../../components/DemoBanner'
import { MarketplaceFilterSelect } from '../../components/MarketplaceFilterSelect'
import { MultiSelect } from '../../components/MultiSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { PeriodFilter } from '../../components/PeriodFilter'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count, MoneySums } from '../../components/values'
import { useSalePage } from '../../hooks/sales'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { useStatisticsListState } from '../../hooks/useStatisticsListState'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { saleColumns } from './sale-columns'

const defaultSort: ServerSort<SaleSortField> = { field: 'soldAt', dir: 'desc' }
const saleKinds = ['all', 'sales', 'returns'] as const
type SaleKind = (typeof saleKinds)[number]

/** Продажи: sales and returns of every marketplace (sales.list), with sums over the filtered period. */
export function SalesScreen() {
  const { t } = useTranslation()
  const format = useFormatters()
  const titleId = useId()
  const [kind, setKind] = useState<SaleKind>('all')
  const list = useStatisticsListState(defaultSort, kind)
  const { selected, page, setPage } = list
  const sales = useSalePage({ ...list.query, kind })
  const columns = useMemo(() => saleColumns(t, format), [t, format])
  const table = useServerTable({
    rows: sales.data?.rows,
    total: sales.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.saleId}:${row.orderId}`,
    sortFields: saleSortFields,
    sort: list.sort,
    onSortChange: list.setSort,
    pageIndex: page,
    pageSize: list.pageSize,
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
        <SearchBox label={t('sales.searchLabel')} placeholder={t('sales.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} testId="sales-search" />
      </div>

      <div className="filters">
        <PeriodFilter value={list.period} onChange={list.setPeriod} testId="sales-period" />
        <MarketplaceFilterSelect value={list.marketplace} onChange={list.setMarketplace} testId="sales-marketplace-filter" />
        <div className="segmented" role="group" aria-label={t('sales.kind')}>
          {saleKinds.map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={kind === value} onClick={() => setKind(value)} data-testid={`sales-kind-${value}`}>
              {t(`sales.kinds.${value}`)}
            </button>
          ))}
        </div>
        <MultiSelect
          label={t('sales.warehouse')}
          options={list.warehouseOptions}
          value={list.warehouseNames}
          onChange={list.setWarehouseNames}
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
          { label: t('sales.totals.buyerPrice'), value: <MoneySums sums={totals?.buyerPrice ?? null} /> },
          { label: t('sales.totals.payout'), value: <MoneySums sums={totals?.payout ?? null} /> }
        ]}
      />

      <ServerTableSection
        query={sales}
        table={table}
        testIds={{ table: 'sales-table', row: 'sale-row', pager: 'sales-shown' }}
        rowClassName={(row) => (row.kind === 'return' ? 'data-table__row--return' : undefined)}
        empty={{
          filtered: list.narrowed || kind !== 'all',
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('sales.empty'),
          emptyHint: t('sales.emptyHint'),
          testId: 'sales-empty'
        }}
      />
    </section>
  )
}
