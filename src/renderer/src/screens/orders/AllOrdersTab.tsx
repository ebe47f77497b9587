import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { orderSortFields, type OrderRow, type OrderSortField } from '../../../../shared/domain/orders'
import { MultiSelect } from '../../components/MultiSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { PeriodFilter } from '../../components/PeriodFilter'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count, Money } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useOrderFilterOptions, useOrderPage } from '../../hooks/orders'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { defaultPeriod, periodOf, type PeriodChoice } from '../../lib/period'
import { usePageResetOn } from '../products/usePageResetOn'
import { orderColumns } from './order-columns'
import { OrderDetailPanel } from './OrderDetailPanel'

const pageSize = 50
const debounceMs = 250
const defaultSort: ServerSort<OrderSortField> = { field: 'date', dir: 'desc' }
const orderStatuses = ['all', 'active', 'cancelled'] as const
type OrderStatus = (typeof orderStatuses)[number]

/** Every order of every fulfilment type from WB's statistics feed (orders.list), with sums over the filters. */
export function AllOrdersTab() {
  const { t } = useTranslation()
  const format = useFormatters()
  const statusId = useId()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [period, setPeriod] = useState<PeriodChoice>(defaultPeriod)
  const [status, setStatus] = useState<OrderStatus>('all')
  const [warehouseNames, setWarehouseNames] = useState<string[]>([])
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), debounceMs)
  const [sort, setSort] = useState(defaultSort)
  const periodInput = periodOf(period, Date.now())
  const [page, setPage] = usePageResetOn([filter, JSON.stringify(periodInput), status, warehouseNames.join('\t'), search, sort.field, sort.dir].join('\n'))
  const [opened, setOpened] = useState<OrderRow | null>(null)

  const options = useOrderFilterOptions({ accountIds })
  const orders = useOrderPage({
    accountIds,
    period: periodInput,
    status,
    warehouseNames: warehouseNames.length > 0 ? warehouseNames : undefined,
    search: search || undefined,
    sort,
    page,
    pageSize
  })
  const columns = useMemo(() => orderColumns(t, format), [t, format])
  const table = useServerTable({
    rows: orders.data?.rows,
    total: orders.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.srid}`,
    sortFields: orderSortFields,
    sort,
    onSortChange: setSort,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  clampToLastPage(table, orders, page, setPage)
  const totals = orders.data?.totals

  return (
    <>
      <div className="filters">
        <PeriodFilter value={period} onChange={setPeriod} testId="orders-period" />
        <div className="filters__field">
          <label htmlFor={statusId}>{t('orders.status')}</label>
          <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value as OrderStatus)} data-testid="orders-status-filter">
            {orderStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`orders.statusFilter.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <MultiSelect
          label={t('orders.warehouse')}
          options={(options.data?.warehouseNames ?? []).map((name) => ({ value: name, label: name }))}
          value={warehouseNames}
          onChange={setWarehouseNames}
          testId="orders-warehouse-filter"
        />
        <SearchBox label={t('orders.searchLabel')} placeholder={t('orders.searchPlaceholder')} value={searchText} onChange={setSearchText} testId="orders-search" />
      </div>

      <TotalsBar
        label={t('orders.totalsLabel')}
        testId="orders-totals"
        stale={orders.isPlaceholderData}
        items={[
          { label: t('orders.totals.count'), value: <Count value={totals?.count ?? null} /> },
          { label: t('orders.totals.cancelled'), value: <Count value={totals?.cancelled ?? null} />, warn: (totals?.cancelled ?? 0) > 0 },
          { label: t('orders.totals.finishedPrice'), value: <Money kopecks={totals?.finishedPriceKopecks ?? null} /> }
        ]}
      />

      <ServerTableSection
        query={orders}
        table={table}
        testIds={{ table: 'orders-table', row: 'order-row', pager: 'orders-shown' }}
        onOpen={setOpened}
        rowClassName={(row) => (row.isCancel ? 'data-table__row--cancelled' : undefined)}
        empty={{
          filtered: Boolean(search || warehouseNames.length || status !== 'all' || period.kind !== 'all'),
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('orders.empty'),
          emptyHint: t('orders.emptyHint'),
          testId: 'orders-empty'
        }}
      />

      {opened && <OrderDetailPanel key={`${opened.accountId}:${opened.srid}`} order={opened} onClose={() => setOpened(null)} />}
    </>
  )
}
