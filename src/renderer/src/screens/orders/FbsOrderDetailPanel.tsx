import { useTranslation } from 'react-i18next'
import type { FbsOrderRow } from '../../../../shared/domain/orders'
import { AccountLabel } from '../../components/AccountLabel'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { PriceWithSale, StatusBadge } from '../../components/values'
import { useFbsOrder } from '../../hooks/orders'
import { fbsStatusKey, fbsStatusTone, wbStatusKey } from '../../lib/wb-statuses'

/** One FBS assembly task as the mirror has it (orders.getFbs); the row shows until the fresh copy arrives. */
export function FbsOrderDetailPanel({ order, onClose }: { order: FbsOrderRow; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useFbsOrder({ accountId: order.accountId, orderId: order.orderId })
  const row = detail.data ?? order
  const status = fbsStatusKey(row.supplierStatus)

  return (
    <Drawer title={t('fbsOrders.detailTitle', { id: row.orderId })} onClose={onClose} testId="fbs-order-detail">
      {detail.isError && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
      <dl className="facts">
        <dt>{t('fbsOrders.columns.status')}</dt>
        <dd>
          <StatusBadge tone={fbsStatusTone(status)}>{t(`statuses.fbs.${status}`)}</StatusBadge>
        </dd>
        <dt>{t('fbsOrders.wbStatus')}</dt>
        <dd>{row.wbStatus ? t(`statuses.wb.${wbStatusKey(row.wbStatus)}`) : '—'}</dd>
        <dt>{t('fbsOrders.columns.createdAt')}</dt>
        <dd>
          <FormattedDateTime value={row.createdAt} />
        </dd>
        <dt>{t('fbsOrders.columns.title')}</dt>
        <dd>{row.title || t('products.untitled')}</dd>
        <dt>{t('fbsOrders.columns.article')}</dt>
        <dd>{row.article || '—'}</dd>
        <dt>{t('productDetail.productIdOf.wildberries')}</dt>
        <dd>{row.nmId}</dd>
        <dt>{t('fbsOrders.columns.barcode')}</dt>
        <dd>{row.barcode || '—'}</dd>
        <dt>{t('fbsOrders.columns.warehouse')}</dt>
        <dd>{row.warehouseName || '—'}</dd>
        <dt>{t('fbsOrders.columns.price')}</dt>
        <dd>
          <PriceWithSale price={row.price} salePrice={row.salePrice} />
        </dd>
        <dt>{t('fbsOrders.columns.supply')}</dt>
        <dd>{row.supplyId ?? t('fbsOrders.noSupply')}</dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={row.accountId} name={row.accountName} />
        </dd>
      </dl>
    </Drawer>
  )
}
