import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { postingStages, type AwaitingPosting, type PostingStage } from '../../../../shared/ipc/fbs-postings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { accountIdsOf, useAccountSelection } from '../../hooks/account-filter'
import { callQuery } from '../../hooks/call-query'
import { useFilterScopedState } from '../../hooks/useFilterScopedState'
import { errorText } from '../../i18n/error-text'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { usePageResetOn } from '../products/usePageResetOn'
import { OrderStatusBadge } from './OrderStatusBadge'
import { SavedLabels } from './SavedLabels'
import { usePackagingMutations, useRefreshPostings, type PackagingAction, type PackagingOutcome } from './usePackagingMutations'

const pageSize = 50
const nothingPicked: ReadonlyMap<string, AwaitingPosting> = new Map()
const keyOf = (row: Pick<AwaitingPosting, 'accountId' | 'postingNumber'>) => `${row.accountId}\n${row.postingNumber}`

/**
 * Seller-held shipments still with the seller (postings.listAwaiting), on marketplaces that pack them one by one:
 * pick some, then pack them, print their labels or hand disputed ones over; the result line says what went through.
 */
export function PackagingTab() {
  const { t } = useTranslation()
  const { count, money, moment } = useFormatters()
  const stageId = useId()
  const { filter, selected } = useAccountSelection()
  const [stage, setStage] = useState<PostingStage>('all')
  const [page, setPage] = usePageResetOn(`${filter}\n${stage}`)
  const [picked, setPicked] = useFilterScopedState(filter, nothingPicked)
  const list = useQuery({
    ...callQuery('postings.listAwaiting', { accountIds: accountIdsOf(filter), stage, page, pageSize }),
    placeholderData: keepPreviousData
  })
  const { run, pending, error, outcome } = usePackagingMutations()
  const refreshing = useRefreshPostings()
  const rows = list.data?.rows ?? []
  const total = list.data?.total ?? 0
  const allPicked = rows.length > 0 && rows.every((row) => picked.has(keyOf(row)))

  function toggle(row: AwaitingPosting) {
    const next = new Map(picked)
    if (next.has(keyOf(row))) next.delete(keyOf(row))
    else next.set(keyOf(row), row)
    setPicked(next)
  }

  function togglePage() {
    const next = new Map(picked)
    for (const row of rows) {
      if (allPicked) next.delete(keyOf(row))
      else next.set(keyOf(row), row)
    }
    setPicked(next)
  }

  function act(action: PackagingAction) {
    const byAccount = new Map<string, string[]>()
    for (const row of picked.values()) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row.postingNumber])
    run({ action, byAccount }, { onSuccess: (result) => setPicked(keepFailed(picked, result)) })
  }

  return (
    <>
      <div className="filters">
        <div className="filters__field">
          <label htmlFor={stageId}>{t('packaging.stage')}</label>
          <select id={stageId} value={stage} onChange={(event) => setStage(event.target.value as PostingStage)} data-testid="packaging-stage">
            {postingStages.map((value) => (
              <option key={value} value={value}>
                {t(`packaging.stages.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => refreshing.refresh(accountIdsOf(filter))}
          disabled={refreshing.pending}
          title={t('packaging.refreshHint')}
          data-testid="packaging-refresh"
        >
          {t('packaging.refresh')}
        </button>
      </div>

      {(refreshing.pending || refreshing.error || refreshing.result) && (
        <div className="selection-bar" role="status" data-testid="packaging-refresh-result">
          {refreshing.pending ? (
            t('packaging.refreshing')
          ) : refreshing.error ? (
            `${t('packaging.refreshFailed')}: ${errorText(t, refreshing.error)}`
          ) : (
            refreshing.result && (
              <>
                <span data-testid="packaging-refresh-summary">{t('packaging.refreshed', { count: refreshing.result.postings })}</span>
                {refreshing.result.failed.map((failure) => (
                  <span key={failure.accountId} data-testid="packaging-refresh-failure">
                    {' '}
                    · {failure.accountName} — {failure.reason}
                  </span>
                ))}
              </>
            )
          )}
        </div>
      )}

      <div className="selection-bar" data-testid="packaging-selection-bar">
        <span className="selection-bar__count" data-testid="packaging-selected-count">
          {picked.size > 0 ? t('packaging.selected', { count: picked.size }) : t('packaging.selectHint')}
        </span>
        <span className="selection-bar__actions">
          <button type="button" className="button button--primary" onClick={() => act('pack')} disabled={picked.size === 0 || pending} title={t('packaging.packHint')} data-testid="packaging-pack">
            {t('packaging.pack')}
          </button>
          <button type="button" className="button" onClick={() => act('labels')} disabled={picked.size === 0 || pending} title={t('packaging.labelsHint')} data-testid="packaging-labels">
            {t('packaging.labels')}
          </button>
          <button type="button" className="button" onClick={() => act('handOver')} disabled={picked.size === 0 || pending} title={t('packaging.handOverHint')} data-testid="packaging-hand-over">
            {t('packaging.handOver')}
          </button>
        </span>
      </div>

      {(pending || error || outcome) && (
        <div className="selection-bar" role="status" data-testid="packaging-result">
          {pending ? t('packaging.working') : error ? `${t('packaging.result.failed')}: ${errorText(t, error)}` : outcome && <OutcomeText outcome={outcome} />}
        </div>
      )}

      {list.error ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 && !list.isPending ? (
        <div className="empty-state" data-testid="packaging-empty">
          <p className="empty-state__title">{t('packaging.empty')}</p>
          <p className="empty-state__body">{t('packaging.emptyHint')}</p>
        </div>
      ) : (
        <table className="data-table" data-testid="packaging-table">
          <thead>
            <tr>
              <th style={{ width: 44 }}>
                <input type="checkbox" checked={allPicked} onChange={togglePage} aria-label={t('packaging.selectAll')} data-testid="packaging-select-page" />
              </th>
              {/* A posting number is read aloud to the courier: it is never cut. */}
              <th style={{ width: 230 }}>{t('packaging.columns.posting')}</th>
              {selected.length > 1 && <th>{t('packaging.columns.cabinet')}</th>}
              <th>{t('packaging.columns.orderedAt')}</th>
              <th>{t('packaging.columns.warehouse')}</th>
              <th>{t('packaging.columns.goods')}</th>
              <th style={{ width: 60 }}>{t('packaging.columns.quantity')}</th>
              <th>{t('packaging.columns.price')}</th>
              <th>{t('packaging.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={keyOf(row)} className={picked.has(keyOf(row)) ? 'data-table__row--selected' : undefined} data-testid="packaging-row" data-posting={row.postingNumber}>
                <td>
                  <input
                    type="checkbox"
                    checked={picked.has(keyOf(row))}
                    onChange={() => toggle(row)}
                    aria-label={t('packaging.selectRow', { id: row.postingNumber })}
                    data-testid="packaging-select"
                  />
                </td>
                <td>
                  <MarketplaceBadge marketplace={row.marketplace} /> {row.postingNumber}
                </td>
                {selected.length > 1 && <td>{row.accountName}</td>}
                <td>{moment(row.orderedAt)}</td>
                <td>{row.warehouseName}</td>
                <td>{row.vendorCodes.join(', ')}</td>
                <td>{count(row.quantity)}</td>
                <td>{money(row.buyerPrice.kopecks, row.buyerPrice.currency)}</td>
                <td>
                  <OrderStatusBadge status={row.status} title={row.marketplaceStatus ?? undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {total > pageSize && (
        <div className="pager" data-testid="packaging-pager">
          <button type="button" className="button button--small" onClick={() => setPage(page - 1)} disabled={page === 0}>
            {t('packaging.previous')}
          </button>
          <span>{t('packaging.shown', { from: page * pageSize + 1, to: Math.min(total, (page + 1) * pageSize), total })}</span>
          <button type="button" className="button button--small" onClick={() => setPage(page + 1)} disabled={(page + 1) * pageSize >= total}>
            {t('packaging.next')}
          </button>
        </div>
      )}

      <SavedLabels accountIds={accountIdsOf(filter)} cabinets={selected} />
    </>
  )
}

/** The picked shipments that did not go through stay picked, to try again. */
function keepFailed(picked: ReadonlyMap<string, AwaitingPosting>, outcome: PackagingOutcome): Map<string, AwaitingPosting> {
  const failed = new Set(outcome.failed.map((f) => f.postingNumber))
  return new Map([...picked].filter(([, row]) => failed.has(row.postingNumber)))
}

function OutcomeText({ outcome }: { outcome: PackagingOutcome }) {
  const { t } = useTranslation()
  const counts = { done: outcome.done, total: outcome.total }
  return (
    <>
      <span data-testid="packaging-result-summary">{t(`packaging.result.${outcome.action}`, counts)}</span>
      {outcome.splits.map((split) => (
        <span key={split.postingNumber}> · {t('packaging.result.split', { posting: split.postingNumber, parts: split.resulting.join(', ') })}</span>
      ))}
      {outcome.labels.map((label) => (
        <span key={label.savedPath} className="muted">
          {' '}
          · {t('packaging.result.saved', { path: label.savedPath })}
        </span>
      ))}
      {outcome.failed.length > 0 && (
        <div>
          {t('packaging.result.failures')}
          <ul data-testid="packaging-failures">
            {outcome.failed.map((failure) => (
              <li key={failure.postingNumber} data-testid="packaging-failure">
                {failure.postingNumber} — {failure.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
