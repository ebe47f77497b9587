import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from 'sonner'
import type { FbsSupplyRow } from '../../../../shared/domain/supplies'
import { AccountLabel } from '../../components/AccountLabel'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { PriceWithSale, StatusBadge } from '../../components/values'
import { useFbsSupply } from '../../hooks/supplies'
import { useCallMutation } from '../../hooks/useCallMutation'
import { errorText } from '../../i18n/error-text'
import { fbsStatusKey, fbsStatusTone } from '../../lib/wb-statuses'
import { SupplyStatusBadge } from './SupplyStatusBadge'

/** One FBS supply with its assembly tasks (supplies.getFbs); an open one can be handed over for delivery. */
export function FbsSupplyDetailPanel({ supply, onClose }: { supply: FbsSupplyRow; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useFbsSupply({ accountId: supply.accountId, supplyId: supply.supplyId })
  const row = detail.data ?? supply
  const [confirming, setConfirming] = useState(false)
  const deliver = useCallMutation('supplies.deliver', {
    onSuccess: () => {
      toast.success(t('supplies.delivered', { name: row.name || row.supplyId }))
      setConfirming(false)
    }
  })
  const canDeliver = !row.done && row.ordersCount > 0

  return (
    <Drawer
      title={row.name || row.supplyId}
      onClose={onClose}
      testId="supply-detail"
      actions={
        !row.done && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setConfirming(true)}
            disabled={!canDeliver || deliver.isPending}
            title={row.ordersCount === 0 ? t('supplies.deliverEmpty') : undefined}
            data-testid="supply-deliver"
          >
            {deliver.isPending ? t('supplies.delivering') : t('supplies.deliver')}
          </button>
        )
      }
    >
      {detail.isError && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
      <dl className="facts">
        <dt>{t('supplies.columns.status')}</dt>
        <dd>
          <SupplyStatusBadge done={row.done} />
        </dd>
        <dt>{t('supplies.columns.supplyId')}</dt>
        <dd className="cell--mono">{row.supplyId}</dd>
        <dt>{t('supplies.columns.createdAt')}</dt>
        <dd>
          <FormattedDateTime value={row.createdAt} />
        </dd>
        <dt>{t('supplies.columns.closedAt')}</dt>
        <dd>{row.closedAt ? <FormattedDateTime value={row.closedAt} /> : '—'}</dd>
        <dt>{t('supplies.columns.ordersCount')}</dt>
        <dd>{row.ordersCount}</dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={row.accountId} name={row.accountName} />
        </dd>
      </dl>

      <h3 className="drawer__section">{t('supplies.orders')}</h3>
      {detail.isPending ? (
        <p className="muted">{t('data.loading')}</p>
      ) : !detail.data || detail.data.orders.length === 0 ? (
        <p className="muted">{t('supplies.noOrders')}</p>
      ) : (
        <table className="data-table data-table--compact" data-testid="supply-orders">
          <thead>
            <tr>
              <th scope="col">{t('fbsOrders.columns.orderId')}</th>
              <th scope="col">{t('fbsOrders.columns.title')}</th>
              <th scope="col">{t('fbsOrders.columns.article')}</th>
              <th scope="col">{t('fbsOrders.columns.status')}</th>
              <th scope="col" className="cell--num">
                {t('fbsOrders.columns.price')}
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.data.orders.map((order) => {
              const key = fbsStatusKey(order.supplierStatus)
              return (
                <tr key={order.orderId}>
                  <td className="cell--mono">{order.orderId}</td>
                  <td>{order.title || t('products.untitled')}</td>
                  <td className="cell--mono">{order.article}</td>
                  <td>
                    <StatusBadge tone={fbsStatusTone(key)}>{t(`statuses.fbs.${key}`)}</StatusBadge>
                  </td>
                  <td className="cell--num">
                    <PriceWithSale price={order.price} salePrice={order.salePrice} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}

      {confirming && (
        <ConfirmDialog
          title={t('supplies.deliverTitle', { name: row.name || row.supplyId })}
          confirmLabel={t('supplies.deliverConfirm')}
          onConfirm={() => deliver.mutate({ accountId: row.accountId, supplyId: row.supplyId })}
          onCancel={() => {
            setConfirming(false)
            deliver.reset()
          }}
          pending={deliver.isPending}
          error={deliver.error ? errorText(t, deliver.error) : null}
        >
          <p>{t('supplies.deliverText', { count: row.ordersCount })}</p>
        </ConfirmDialog>
      )}
    </Drawer>
  )
}
