import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../shared/domain/marketplace'
import type { SavedLabelView } from '../../../../shared/ipc/fbs-postings'
import { invoke } from '../../api/client'
import { ErrorNotice } from '../../components/ErrorNotice'
import { callQuery } from '../../hooks/call-query'
import { errorText } from '../../i18n/error-text'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { downloadLabel } from './usePackagingMutations'

/**
 * The label PDFs main saved in the data folder (postings.savedLabels): each downloads again from there, so a label
 * printed once prints again with the marketplace out of reach.
 */
export function SavedLabels({ accountIds, cabinets }: { accountIds: string[] | undefined; cabinets: readonly Account[] }) {
  const { t } = useTranslation()
  const { count, moment } = useFormatters()
  const list = useQuery(callQuery('postings.savedLabels', accountIds ? { accountIds } : {}))
  const open = useMutation({
    mutationFn: (label: SavedLabelView) => invoke('postings.openLabel', { accountId: label.accountId, fileName: label.fileName }),
    onSuccess: downloadLabel
  })
  const labels = list.data ?? []
  const cabinetName = (accountId: string) => cabinets.find((account) => account.id === accountId)?.name ?? ''

  return (
    <section data-testid="saved-labels">
      <h3>{t('packaging.savedLabels.title')}</h3>
      {open.error && (
        <div className="selection-bar" role="status" data-testid="saved-label-error">
          {t('packaging.savedLabels.openFailed')}: {errorText(t, open.error)}
        </div>
      )}
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : labels.length === 0 && !list.isPending ? (
        <p className="muted" data-testid="saved-labels-empty">
          {t('packaging.savedLabels.empty')}
        </p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('packaging.savedLabels.file')}</th>
              {cabinets.length > 1 && <th>{t('packaging.columns.cabinet')}</th>}
              <th>{t('packaging.savedLabels.postings')}</th>
              <th>{t('packaging.savedLabels.savedAt')}</th>
              <th>{t('packaging.savedLabels.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => (
              <tr key={`${label.accountId}\n${label.fileName}`} data-testid="saved-label" data-file={label.fileName}>
                <td>{label.fileName}</td>
                {cabinets.length > 1 && <td>{cabinetName(label.accountId)}</td>}
                <td>{label.postingNumbers.join(', ')}</td>
                <td>{moment(label.savedAt)}</td>
                <td>{t('packaging.savedLabels.kilobytes', { size: count(Math.max(1, Math.round(label.byteLength / 1024))) })}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => open.mutate(label)}
                    disabled={open.isPending}
                    title={t('packaging.savedLabels.openHint')}
                    data-testid="saved-label-open"
                  >
                    {t('packaging.savedLabels.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
