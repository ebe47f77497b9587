import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { orderSortFields, type OrderRow, type OrderSortField } from '../../../../shared/domain/orders'
import { MarketplaceFilterSelect } from '../../components/MarketplaceFilterSelect'
import { MultiSelect } from '../../components/MultiSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { PeriodFilter } from '../../components/PeriodFilter'
import { SearchBox } from '../../components/SearchBox'
import { TotalsBar } from '../../components/TotalsBar'
import { Count, MoneySums } from '../../components/values'
import { useOrderPage } from '../../hooks/orders'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { useStatisticsListState } from '../../hooks/useStatisticsListState'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { orderColumns } from './order-columns'
import { OrderDetailPanel } from './OrderDetailPanel'

const defaultSort: ServerSort<OrderSortField> = { field: 'orderedAt', dir: 'desc' }
const orderStatuses = ['all', 'active', 'cancelled'] as const
type OrderStatus = (typeof orderStatuses)[number]

/** Every order of every marketplace and fulfilment type (orders.list), with sums over the filters. */
export function AllOrdersTab() {
  const { t } = useTranslation()
  const format = useFormatters()
  const statusId = useId()
  const [status, setStatus] = useState<OrderStatus>('all')
  const list = useStatisticsListState(defaultSort, status)
  const { selected, page, setPage } = list
  const [opened, setOpened] = useState<OrderRow | null>(null)
  const orders = useOrderPage({ ...list.query, status })
  const columns = useMemo(() => orderColumns(t, format), [t, format])
  const table = useServerTable({
    rows: orders.data?.rows,
    total: orders.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.orderId}`,
    sortFields: orderSortFields,
    sort: list.sort,
    onSortChange: list.setSort,
    pageIndex: page,
    pageSize: list.pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  clampToLastPage(table, orders, page, setPage)
  const totals = orders.data?.totals

  return (
    <>
      <div className="filters">
        <PeriodFilter value={list.period} onChange={list.setPeriod} testId="orders-period" />
        <MarketplaceFilterSelect value={list.marketplace} onChange={list.setMarketplace} testId="orders-marketplace-filter" />
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
          options={list.warehouseOptions}
          value={list.warehouseNames}
          onChange={list.setWarehouseNames}
          testId="orders-warehouse-filter"
        />
        <SearchBox label={t('orders.searchLabel')} placeholder={t('orders.searchPlaceholder')} value={list.searchText} onChange={list.setSearchText} testId="orders-search" />
      </div>

      <TotalsBar
        label={t('orders.totalsLabel')}
        testId="orders-totals"
        stale={orders.isPlaceholderData}
        items={[
          { label: t('orders.totals.count'), value: <Count value={totals?.count ?? null} /> },
          { label: t('orders.totals.cancelled'), value: <Count value={totals?.cancelled ?? null} />, warn: (totals?.cancelled ?? 0) > 0 },
          { label: t('orders.totals.buyerPrice'), value: <MoneySums sums={totals?.buyerPrice ?? null} /> }
        ]}
      />

      <ServerTableSection
        query={orders}
        table={table}
        testIds={{ table: 'orders-table', row: 'order-row', pager: 'orders-shown' }}
        onOpen={setOpened}
        rowClassName={(row) => (row.status === 'cancelled' ? 'data-table__row--cancelled' : undefined)}
        empty={{
          filtered: list.narrowed || status !== 'all',
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('orders.empty'),
          emptyHint: t('orders.emptyHint'),
          testId: 'orders-empty'
        }}
      />

      {opened && <OrderDetailPanel key={`${opened.accountId}:${opened.orderId}`} order={opened} onClose={() => setOpened(null)} />}
    </>
  )
}
