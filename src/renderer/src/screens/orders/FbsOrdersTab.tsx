import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import { fbsOrderSortFields, type FbsOrderRow, type FbsOrderSortField } from '../../../../shared/domain/orders'
import { MultiSelect } from '../../components/MultiSelect'
import { clampToLastPage, ServerTableSection } from '../../components/ServerTableSection'
import { PeriodFilter } from '../../components/PeriodFilter'
import { SearchBox } from '../../components/SearchBox'
import { accountIdsOf, allAccounts, useAccountSelection } from '../../hooks/account-filter'
import { useFbsOrderPage, useOrderFilterOptions } from '../../hooks/orders'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useFilterScopedState } from '../../hooks/useFilterScopedState'
import { useServerTable, type ServerSort } from '../../hooks/useServerTable'
import { errorText } from '../../i18n/error-text'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { defaultPeriod, periodOf, type PeriodChoice } from '../../lib/period'
import { fbsStatuses, type FbsStatus } from '../../lib/wb-statuses'
import { usePageResetOn } from '../products/usePageResetOn'
import { FbsOrderDetailPanel } from './FbsOrderDetailPanel'
import { fbsOrderColumns, type RowSelectionApi } from './fbs-order-columns'
import {
  canSelect,
  conflictOf,
  emptySelection,
  isSelected,
  isSupplyCandidate,
  maxSupplyOrders,
  pageSelectionState,
  selectPage,
  toggleRow,
  unselectPage,
  type FbsSelection
} from './fbs-selection'
import { AddToSupplyDialog, CreateSupplyDialog } from './SupplyDialogs'
import { supplyFailureText, useSupplyMutations } from './useSupplyMutations'
import { useCollectMatching } from './useCollectMatching'

const pageSize = 50
const debounceMs = 250
const defaultSort: ServerSort<FbsOrderSortField> = { field: 'createdAt', dir: 'desc' }

/** FBS assembly tasks (orders.listFbs): filters, and picking new tasks into a new or an open supply. */
export function FbsOrdersTab() {
  const { t } = useTranslation()
  const { count } = useFormatters()
  const { filter, selected, accounts } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [period, setPeriod] = useState<PeriodChoice>(defaultPeriod)
  const [statuses, setStatuses] = useState<FbsStatus[]>([])
  const [warehouseIds, setWarehouseIds] = useFilterScopedState<number[]>(filter, [])
  const [searchText, setSearchText] = useState('')
  const search = useDebouncedValue(searchText.trim(), debounceMs)
  const [sort, setSort] = useState(defaultSort)
  const periodInput = periodOf(period, Date.now())
  const filtersKey = [filter, JSON.stringify(periodInput), statuses.join(), warehouseIds.join(), search].join('\n')
  const [page, setPage] = usePageResetOn(`${filtersKey}\n${sort.field}\n${sort.dir}`)
  const [opened, setOpened] = useState<FbsOrderRow | null>(null)
  const [dialog, setDialog] = useState<'create' | 'add' | null>(null)

  // The selection belongs to the cabinet filter it was made under.
  const [selection, setSelection] = useFilterScopedState<FbsSelection>(filter, emptySelection)

  const baseFilter = {
    accountIds,
    period: periodInput,
    warehouseIds: warehouseIds.length > 0 ? warehouseIds : undefined,
    search: search || undefined
  }
  const orders = useFbsOrderPage({ ...baseFilter, statuses: statuses.length > 0 ? statuses : undefined, sort, page, pageSize })
  const options = useOrderFilterOptions({ accountIds })

  // "Select all matching" collects the candidates (new, in no supply) of one cabinet and one warehouse, since
  // a supply takes no other: the selection's, else the only one the filters or the cabinet leave.
  const fbsWarehouses = options.data?.fbsWarehouses ?? []
  const newAllowed = statuses.length === 0 || statuses.includes('new')
  const matchAccount = selection.accountId ?? (filter !== allAccounts ? filter : accounts.length === 1 ? (accounts[0]?.id ?? null) : null)
  const matchWarehouse =
    selection.warehouseId ?? (warehouseIds.length === 1 ? (warehouseIds[0] ?? null) : fbsWarehouses.length === 1 ? (fbsWarehouses[0]?.warehouseId ?? null) : null)
  const matchGroup =
    newAllowed && matchAccount !== null && matchWarehouse !== null && (warehouseIds.length === 0 || warehouseIds.includes(matchWarehouse))
      ? { accountId: matchAccount, warehouseId: matchWarehouse }
      : null
  const candidates = useFbsOrderPage(
    {
      ...baseFilter,
      accountIds: matchGroup ? [matchGroup.accountId] : accountIds,
      warehouseIds: matchGroup ? [matchGroup.warehouseId] : baseFilter.warehouseIds,
      statuses: ['new'],
      withoutSupply: true,
      sort: defaultSort,
      page: 0,
      pageSize: 10
    },
    matchGroup !== null
  )
  const candidateTotal = matchGroup ? (candidates.data?.total ?? 0) : 0
  const collecting = useCollectMatching()
  const { create, add } = useSupplyMutations(() => {
    setSelection(emptySelection)
    setDialog(null)
  })

  const rows = orders.data?.rows
  const selectionApi: RowSelectionApi = useMemo(() => {
    const pageRows = rows ?? []
    const state = pageSelectionState(selection, pageRows)
    return {
      pageState: state,
      togglePage: () => setSelection(state === 'all' ? unselectPage(selection, pageRows) : selectPage(selection, pageRows)),
      isSelected: (row) => isSelected(selection, row),
      canSelect: (row) => canSelect(selection, row),
      toggle: (row) => setSelection(toggleRow(selection, row)),
      whyNot: (row) =>
        !isSupplyCandidate(row) ? t('fbsOrders.notCandidate') : conflictOf(selection, row) === 'account' ? t('fbsOrders.otherCabinet') : t('fbsOrders.otherWarehouse')
    }
  }, [rows, selection, setSelection, t])

  const columns = useMemo(() => fbsOrderColumns(t, selectionApi), [t, selectionApi])
  const table = useServerTable({
    rows,
    total: orders.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.orderId}`,
    sortFields: fbsOrderSortFields,
    sort,
    onSortChange: setSort,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  clampToLastPage(table, orders, page, setPage)

  async function selectAllMatching() {
    if (!matchGroup) return
    try {
      const result = await collecting.collect(baseFilter, matchGroup)
      if (!result) return
      setSelection(result.orderIds.length > 0 ? { ...matchGroup, orderIds: new Set(result.orderIds) } : emptySelection)
      if (result.truncated) toast.warning(t('fbsOrders.truncated', { max: maxSupplyOrders }))
    } catch (error) {
      toast.error(t('fbsOrders.selectAllFailed'), { description: errorText(t, error) })
    }
  }

  const selectedCount = selection.orderIds.size
  const orderIds = [...selection.orderIds]
  const busy = create.isPending || add.isPending

  return (
    <>
      <div className="filters">
        <PeriodFilter value={period} onChange={setPeriod} testId="fbs-period" />
        <MultiSelect
          label={t('fbsOrders.status')}
          options={fbsStatuses.map((status) => ({ value: status, label: t(`statuses.fbs.${status}`) }))}
          value={statuses}
          onChange={setStatuses}
          testId="fbs-status-filter"
        />
        <MultiSelect
          label={t('fbsOrders.warehouse')}
          options={(options.data?.fbsWarehouses ?? []).map((w) => ({ value: w.warehouseId, label: w.name }))}
          value={warehouseIds}
          onChange={setWarehouseIds}
          testId="fbs-warehouse-filter"
        />
        <SearchBox label={t('fbsOrders.searchLabel')} placeholder={t('fbsOrders.searchPlaceholder')} value={searchText} onChange={setSearchText} testId="fbs-orders-search" />
      </div>

      <div className="selection-bar" data-testid="fbs-selection-bar">
        <span className="selection-bar__count" data-testid="fbs-selected-count">
          {selectedCount > 0 ? t('fbsOrders.selected', { count: selectedCount }) : t('fbsOrders.selectHint')}
        </span>
        {collecting.progress ? (
          <span className="selection-bar__progress" role="status">
            <progress max={Math.max(1, collecting.progress.total)} value={collecting.progress.collected} />
            {t('fbsOrders.collecting', { collected: count(collecting.progress.collected), total: count(collecting.progress.total) })}
            <button type="button" className="button button--small" onClick={collecting.cancel}>
              {t('app.cancel')}
            </button>
          </span>
        ) : matchGroup ? (
          candidateTotal > 0 &&
          selectedCount < Math.min(candidateTotal, maxSupplyOrders) && (
            <button type="button" className="button button--small" onClick={() => void selectAllMatching()} disabled={busy} data-testid="orders-select-all-matching">
              {t('fbsOrders.selectAllMatching', { count: candidateTotal })}
              {fbsWarehouses.length > 1 && ` · ${fbsWarehouses.find((w) => w.warehouseId === matchGroup.warehouseId)?.name ?? ''}`}
            </button>
          )
        ) : (
          newAllowed && (
            <button type="button" className="button button--small" disabled title={t('fbsOrders.chooseGroup')} data-testid="orders-select-all-matching">
              {t('fbsOrders.selectAllMatchingPlain')}
            </button>
          )
        )}
        {selectedCount > 0 && (
          <button type="button" className="button button--small" onClick={() => setSelection(emptySelection)} disabled={busy}>
            {t('fbsOrders.clearSelection')}
          </button>
        )}
        <span className="selection-bar__actions">
          <button type="button" className="button" onClick={() => setDialog('add')} disabled={selectedCount === 0 || busy} data-testid="add-to-supply">
            {add.isPending ? t('addToSupply.adding') : t('fbsOrders.addToSupply')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setDialog('create')} disabled={selectedCount === 0 || busy} data-testid="create-supply">
            {create.isPending ? t('createSupply.creating') : t('fbsOrders.createSupply')}
          </button>
        </span>
      </div>

      <ServerTableSection
        query={orders}
        table={table}
        testIds={{ table: 'fbs-orders-table', row: 'fbs-order-row', pager: 'fbs-orders-shown' }}
        onOpen={setOpened}
        rowClassName={(row) => (isSelected(selection, row) ? 'data-table__row--selected' : undefined)}
        empty={{
          filtered: Boolean(search || statuses.length || warehouseIds.length || period.kind !== 'all'),
          accountIds: selected.map((account) => account.id),
          emptyTitle: t('fbsOrders.empty'),
          emptyHint: t('fbsOrders.emptyHint'),
          testId: 'fbs-orders-empty'
        }}
      />

      {opened && <FbsOrderDetailPanel key={`${opened.accountId}:${opened.orderId}`} order={opened} onClose={() => setOpened(null)} />}
      {dialog === 'create' && selection.accountId && (
        <CreateSupplyDialog
          count={selectedCount}
          pending={create.isPending}
          error={create.error ? supplyFailureText(t, create.error, selectedCount) : null}
          onSubmit={(name) => create.mutate({ accountId: selection.accountId ?? '', name, orderIds })}
          onClose={() => {
            setDialog(null)
            if (!create.isPending) create.reset()
          }}
        />
      )}
      {dialog === 'add' && selection.accountId && (
        <AddToSupplyDialog
          accountId={selection.accountId}
          count={selectedCount}
          pending={add.isPending}
          error={add.error ? supplyFailureText(t, add.error, selectedCount) : null}
          onSubmit={(supplyId) => add.mutate({ accountId: selection.accountId ?? '', supplyId, orderIds })}
          onClose={() => {
            setDialog(null)
            if (!add.isPending) add.reset()
          }}
        />
      )}
    </>
  )
}
