import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FbsSupplyRow } from '../../../../shared/domain/supplies'
import { AccountLabel } from '../../components/AccountLabel'
import { DataEmptyState } from '../../components/DataEmptyState'
import { DataTable } from '../../components/DataTable'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { Pager } from '../../components/Pager'
import { Count } from '../../components/values'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { useFbsSupplyPage } from '../../hooks/supplies'
import { useServerTable } from '../../hooks/useServerTable'
import { usePageResetOn } from '../products/usePageResetOn'
import { FbsSupplyDetailPanel } from './FbsSupplyDetailPanel'
import { SupplyStatusBadge } from './SupplyStatusBadge'

const pageSize = 50
const supplyStatuses = ['all', 'open', 'done'] as const
type SupplyStatus = (typeof supplyStatuses)[number]
const noSortFields: readonly never[] = []

const column = createColumnHelper<FbsSupplyRow>()

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fbsSupplyColumns(t: TFunction): ColumnDef<FbsSupplyRow, any>[] {
  return [
    column.accessor('supplyId', {
      header: () => t('supplies.columns.supplyId'),
      cell: (info) => (
        <button type="button" className="link-button" aria-label={t('supplies.openRow', { id: info.getValue() })}>
          {info.getValue()}
        </button>
      ),
      size: 140,
      meta: { className: 'cell--mono' }
    }),
    column.accessor('name', { header: () => t('supplies.columns.name'), cell: (info) => info.getValue() || '—', size: 200 }),
    column.accessor('done', { header: () => t('supplies.columns.status'), cell: (info) => <SupplyStatusBadge done={info.getValue()} />, size: 150 }),
    column.accessor('ordersCount', { header: () => t('supplies.columns.ordersCount'), cell: (info) => <Count value={info.getValue()} />, size: 90, meta: { className: 'cell--num' } }),
    column.accessor('createdAt', { header: () => t('supplies.columns.createdAt'), cell: (info) => <FormattedDateTime value={info.getValue()} />, size: 140 }),
    column.accessor('closedAt', {
      header: () => t('supplies.columns.closedAt'),
      cell: (info) => (info.getValue() ? <FormattedDateTime value={info.getValue() as string} /> : <span className="muted">—</span>),
      size: 140
    }),
    column.accessor('accountName', {
      header: () => t('products.columns.accountName'),
      cell: (info) => <AccountLabel accountId={info.row.original.accountId} name={info.getValue()} />,
      size: 130
    })
  ]
}

/** FBS supplies (supplies.listFbs), open ones first to hand over; a row opens the supply with its tasks. */
export function FbsSuppliesTab() {
  const { t } = useTranslation()
  const { filter, selected } = useAccountSelection()
  const accountIds = accountIdsOf(filter)
  const [status, setStatus] = useState<SupplyStatus>('all')
  const [page, setPage] = usePageResetOn([filter, status].join('\n'))
  const [opened, setOpened] = useState<FbsSupplyRow | null>(null)
  const supplies = useFbsSupplyPage({ accountIds, status, page, pageSize })
  const columns = useMemo(() => fbsSupplyColumns(t), [t])
  const table = useServerTable({
    rows: supplies.data?.rows,
    total: supplies.data?.total,
    columns,
    getRowId: (row) => `${row.accountId}:${row.supplyId}`,
    sortFields: noSortFields,
    sort: null,
    pageIndex: page,
    pageSize,
    onPageChange: setPage,
    columnVisibility: { accountName: selected.length > 1 }
  })
  const lastPage = Math.max(0, table.getPageCount() - 1)
  if (supplies.data && !supplies.isPlaceholderData && page > lastPage) setPage(lastPage)

  return (
    <>
      <div className="filters">
        <div className="segmented" role="group" aria-label={t('supplies.statusFilter')}>
          {supplyStatuses.map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={status === value} onClick={() => setStatus(value)} data-testid={`supplies-status-${value}`}>
              {t(`supplies.statuses.${value}`)}
            </button>
          ))}
        </div>
      </div>

      {supplies.isPending ? (
        <p className="screen__loading">{t('data.loading')}</p>
      ) : supplies.isError && !supplies.data ? (
        <ErrorNotice error={supplies.error} onRetry={() => void supplies.refetch()} />
      ) : (
        <>
          <div className="table-scroll">
            <DataTable table={table} testId="fbs-supplies-table" rowTestId="fbs-supply-row" onOpen={setOpened} stale={supplies.isPlaceholderData} />
            {supplies.data?.total === 0 && !supplies.isPlaceholderData && (
              <DataEmptyState
                filtered={status !== 'all'}
                accountIds={selected.map((account) => account.id)}
                emptyTitle={t('supplies.emptyFbs')}
                emptyHint={t('supplies.emptyFbsHint')}
                testId="fbs-supplies-empty"
              />
            )}
          </div>
          <Pager table={table} testId="fbs-supplies-shown" />
        </>
      )}

      {opened && <FbsSupplyDetailPanel key={`${opened.accountId}:${opened.supplyId}`} supply={opened} onClose={() => setOpened(null)} />}
    </>
  )
}
