import { OrderStatusBadge } from './OrderStatusBadge'
import { useTranslation } from 'react-i18next'
import type { OrderRow } from '../../../../shared/domain/orders'
import type { SaleRow } from '../../../../shared/domain/sales'
import { AccountLabel } from '../../components/AccountLabel'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Count, Money, MoscowTime } from '../../components/values'
import { useOrder } from '../../hooks/orders'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { schemeName } from '../../lib/fulfilment-schemes'
import { SaleKindBadge } from '../sales/SaleKindBadge'
import { OrderMarketplaceSection } from './details/OrderMarketplaceSection'
import { goodsLabel } from './order-columns'

/** One order with its marketplace's own details and the sales and returns that followed it (orders.get). */
export function OrderDetailPanel({ order, onClose }: { order: OrderRow; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useOrder({ accountId: order.accountId, orderId: order.orderId })
  const row = detail.data ?? order

  return (
    <Drawer title={goodsLabel(row)} onClose={onClose} testId="order-detail">
      {detail.isError && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
      <OrderFacts row={row} />
      {detail.data?.details && <OrderMarketplaceSection details={detail.data.details} />}

      <h3 className="drawer__section">{t('orders.sales')}</h3>
      {detail.isPending ? (
        <p className="muted">{t('data.loading')}</p>
      ) : !detail.data || detail.data.sales.length === 0 ? (
        <p className="muted">{t('orders.noSales')}</p>
      ) : (
        <OrderSalesTable sales={detail.data.sales} />
      )}
    </Drawer>
  )
}

function OrderFacts({ row }: { row: OrderRow }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <dl className="facts">
      <dt>{t('orders.columns.status')}</dt>
      <dd>
        <OrderStatusBadge status={row.status} /> {row.cancelledAt && <MoscowTime value={row.cancelledAt} />}
        {row.marketplaceStatus && <span className="muted"> {t('orders.marketplaceStatus', { status: row.marketplaceStatus })}</span>}
      </dd>
      <dt>{t('orders.columns.orderedAt')}</dt>
      <dd>
        <MoscowTime value={row.orderedAt} />
      </dd>
      <dt>{t('orders.updatedAt')}</dt>
      <dd>
        <MoscowTime value={row.updatedAt} />
      </dd>
      <dt>{t('productDetail.marketplace')}</dt>
      <dd>
        <MarketplaceBadge marketplace={row.marketplace} />
      </dd>
      <dt>{t('orders.orderId')}</dt>
      <dd className="cell--mono">{row.orderId}</dd>
      <dt>{t('orders.orderNumber')}</dt>
      <dd className="cell--mono">{row.orderNumber || '—'}</dd>
      <dt>{t('orders.fulfilment')}</dt>
      <dd>{t(`orders.fulfilmentOf.${row.fulfilment}`, { scheme: schemeName(row.marketplace, row.fulfilment) })}</dd>
      <dt>{t('orders.columns.vendorCode')}</dt>
      <dd>{row.vendorCode || '—'}</dd>
      <dt>{t(`productDetail.productIdOf.${row.marketplace}`)}</dt>
      <dd>{row.productId || '—'}</dd>
      <dt>{t('orders.category')}</dt>
      <dd>{row.category || '—'}</dd>
      <dt>{t('orders.columns.size')}</dt>
      <dd>{row.size || '—'}</dd>
      <dt>{t('orders.quantity')}</dt>
      <dd>
        <Count value={row.quantity} />
      </dd>
      <dt>{t('orders.columns.barcode')}</dt>
      <dd>{row.barcode || '—'}</dd>
      <dt>{t('orders.columns.warehouse')}</dt>
      <dd>{row.warehouseName || '—'}</dd>
      <dt>{t('orders.columns.region')}</dt>
      <dd>{row.regionName || '—'}</dd>
      <dt>{t('orders.columns.price')}</dt>
      <dd>
        <Money {...row.price} />
      </dd>
      <dt>{t('orders.columns.discount')}</dt>
      <dd>{format.percent(row.discountPercent)}</dd>
      <dt>{t('orders.marketplaceDiscount')}</dt>
      <dd>{format.percent(row.marketplaceDiscountPercent)}</dd>
      <dt>{t('orders.sellerPrice')}</dt>
      <dd>
        <Money {...row.sellerPrice} />
      </dd>
      <dt>{t('orders.columns.buyerPrice')}</dt>
      <dd>
        <Money {...row.buyerPrice} />
      </dd>
      <dt>{t('productDetail.account')}</dt>
      <dd>
        <AccountLabel accountId={row.accountId} name={row.accountName} />
      </dd>
    </dl>
  )
}

function OrderSalesTable({ sales }: { sales: readonly SaleRow[] }) {
  const { t } = useTranslation()
  return (
    <table className="data-table data-table--compact" data-testid="order-sales">
      <thead>
        <tr>
          <th scope="col">{t('sales.columns.soldAt')}</th>
          <th scope="col">{t('sales.columns.kind')}</th>
          <th scope="col" className="cell--num">
            {t('sales.columns.buyerPrice')}
          </th>
          <th scope="col" className="cell--num">
            {t('sales.columns.payout')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sales.map((sale) => (
          <tr key={sale.saleId}>
            <td>
              <MoscowTime value={sale.soldAt} />
            </td>
            <td>
              <SaleKindBadge kind={sale.kind} />
            </td>
            <td className="cell--num">
              <Money {...sale.buyerPrice} />
            </td>
            <td className="cell--num">
              <Money {...sale.payout} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
