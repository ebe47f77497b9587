import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FbwSupplyRow } from '../../../../shared/domain/supplies'
import { AccountLabel } from '../../components/AccountLabel'
import { DataEmptyState } from '../../components/DataEmptyState'
import { DataTable } from '../../components/DataTable'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Pager } from '../../components/Pager'
import { Count, Day, Moment, Money, StatusBadge } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useFbwSupplyPage } from '../../hooks/supplies'
import { useServerTable } from '../../hooks/useServerTable'
import { fbwStatusKey, fbwStatusTone } from '../../lib/wb-statuses'
import { usePageResetOn } from '../products/usePageResetOn'
import { fbwSupplyRowId } from './fbw-supply-row-id'

const pageSize = 50
const noSortFields: readonly never[] = []
const column = createColumnHelper<FbwSupplyRow>()

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fbwSupplyColumns(t: TFunction): ColumnDef<FbwSupplyRow, any>[] {
  return [
    column.accessor('preorderId', { header: () => t('supplies.columns.preorderId'), size: 100, meta: { className: 'cell--mono' } }),
    column.accessor('supplyId', {
      header: () => t('supplies.columns.supplyId'),
      cell: (info) => info.getValue() ?? <span className="muted">{t('supplies.notPlanned')}</span>,
      size: 100,
      meta: { className: 'cell--mono' }
    }),
    column.accessor('statusId', {
      header: () => t('supplies.columns.status'),
      cell: (info) => {
        const key = fbwStatusKey(info.getValue())
        return (
          <StatusBadge tone={fbwStatusTone(key)}>{key === 'unknown' ? t('statuses.fbw.unknown', { id: info.getValue() }) : t(`statuses.fbw.${key}`)}</StatusBadge>
        )
      },
      size: 170
    }),
    column.accessor('createDate', { header: () => t('supplies.columns.createDate'), cell: (info) => <Moment value={info.getValue()} compact />, size: 145 }),
    column.accessor('supplyDate', { header: () => t('supplies.columns.supplyDate'), cell: (info) => <Day value={info.getValue()} compact />, size: 100 }),
    column.accessor('factDate', { header: () => t('supplies.columns.factDate'), cell: (info) => <Moment value={info.getValue()} compact />, size: 145 }),
    column.accessor('warehouseName', { header: () => t('supplies.columns.warehouse'), cell: (info) => info.getValue() || '—', size: 125 }),
    column.accessor('acceptanceCostKopecks', {
      header: () => t('supplies.columns.acceptanceCost'),
      cell: (info) => <Money kopecks={info.getValue()} />,
      size: 105,
      meta: { className: 'cell--num' }
    }),
    column.accessor('goodsQuantity', { header: () => t('supplies.columns.quantity'), cell: (info) => <Count value={info.getValue()} />, size: 80, meta: { className: 'cell--num' } }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}

/** Supplies to WB warehouses (supplies.listFbw), read-only. */
export function FbwSuppliesTab() {
  const { t } = useTranslation()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [page, setPage] = usePageResetOn(filter)
  const supplies = useFbwSupplyPage({ accountIds, page, pageSize })
  const columns = useMemo(() => fbwSupplyColumns(t), [t])
  const table = useServerTable({
    rows: supplies.data?.rows,
    total: supplies.data?.total,
    columns,
    getRowId: fbwSupplyRowId,
    sortFields: noSortFields,
    sort: null,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  const lastPage = Math.max(0, table.getPageCount() - 1)
  if (supplies.data && !supplies.isPlaceholderData && page > lastPage) setPage(lastPage)

  return supplies.isPending ? (
    <p className="screen__loading">{t('data.loading')}</p>
  ) : supplies.isError && !supplies.data ? (
    <ErrorNotice error={supplies.error} onRetry={() => void supplies.refetch()} />
  ) : (
    <>
      <div className="table-scroll">
        <DataTable table={table} testId="fbw-supplies-table" rowTestId="fbw-supply-row" stale={supplies.isPlaceholderData} />
        {supplies.data?.total === 0 && !supplies.isPlaceholderData && (
          <DataEmptyState
            filtered={false}
            accountIds={selected.map((account) => account.id)}
            emptyTitle={t('supplies.emptyFbw')}
            emptyHint={t('supplies.emptyFbwHint')}
            testId="fbw-supplies-empty"
          />
        )}
      </div>
      <Pager table={table} testId="fbw-supplies-shown" />
    </>
  )
}

