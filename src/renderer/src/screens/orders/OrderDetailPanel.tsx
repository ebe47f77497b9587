import { useTranslation } from 'react-i18next'
import type { OrderRow } from '../../../../shared/domain/orders'
import { AccountLabel } from '../../components/AccountLabel'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money, StatusBadge, WallClock } from '../../components/values'
import { useOrder } from '../../hooks/orders'
import { useFormatters } from '../../i18n/useFormatDateTime'
import { goodsLabel } from './order-columns'

/** One order of the statistics feed with the sales and returns that followed it (orders.get). */
export function OrderDetailPanel({ order, onClose }: { order: OrderRow; onClose: () => void }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const detail = useOrder({ accountId: order.accountId, srid: order.srid })
  const row = detail.data ?? order
  const sales = detail.data?.sales

  return (
    <Drawer title={goodsLabel(row.subject, row.brand)} onClose={onClose} testId="order-detail">
      {detail.isError && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
      <dl className="facts">
        <dt>{t('orders.columns.status')}</dt>
        <dd>
          {row.isCancel ? (
            <>
              <StatusBadge tone="danger">{t('orders.cancelled')}</StatusBadge> {row.cancelDate && <WallClock value={row.cancelDate} />}
            </>
          ) : (
            <StatusBadge tone="neutral">{t('orders.active')}</StatusBadge>
          )}
        </dd>
        <dt>{t('orders.columns.date')}</dt>
        <dd>
          <WallClock value={row.date} />
        </dd>
        <dt>{t('orders.srid')}</dt>
        <dd className="cell--mono">{row.srid}</dd>
        <dt>{t('orders.gNumber')}</dt>
        <dd className="cell--mono">{row.gNumber || '—'}</dd>
        <dt>{t('orders.columns.article')}</dt>
        <dd>{row.supplierArticle || '—'}</dd>
        <dt>{t('productDetail.nmId')}</dt>
        <dd>{row.nmId}</dd>
        <dt>{t('orders.category')}</dt>
        <dd>{[row.category, row.subject].filter(Boolean).join(' / ') || '—'}</dd>
        <dt>{t('orders.columns.size')}</dt>
        <dd>{row.techSize || '—'}</dd>
        <dt>{t('orders.columns.barcode')}</dt>
        <dd>{row.barcode || '—'}</dd>
        <dt>{t('orders.columns.warehouse')}</dt>
        <dd>{[row.warehouseName, row.warehouseType].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>{t('orders.columns.region')}</dt>
        <dd>{row.regionName || '—'}</dd>
        <dt>{t('orders.columns.totalPrice')}</dt>
        <dd>
          <Money kopecks={row.totalPriceKopecks} />
        </dd>
        <dt>{t('orders.columns.discount')}</dt>
        <dd>{format.percent(row.discountPercent)}</dd>
        <dt>{t('orders.spp')}</dt>
        <dd>{format.percent(row.spp)}</dd>
        <dt>{t('orders.priceWithDisc')}</dt>
        <dd>
          <Money kopecks={row.priceWithDiscKopecks} />
        </dd>
        <dt>{t('orders.columns.finishedPrice')}</dt>
        <dd>
          <Money kopecks={row.finishedPriceKopecks} />
        </dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={row.accountId} name={row.accountName} />
        </dd>
      </dl>

      <h3 className="drawer__section">{t('orders.sales')}</h3>
      {detail.isPending ? (
        <p className="muted">{t('data.loading')}</p>
      ) : !sales || sales.length === 0 ? (
        <p className="muted">{t('orders.noSales')}</p>
      ) : (
        <table className="data-table data-table--compact" data-testid="order-sales">
          <thead>
            <tr>
              <th scope="col">{t('sales.columns.date')}</th>
              <th scope="col">{t('sales.columns.kind')}</th>
              <th scope="col" className="cell--num">
                {t('sales.columns.finishedPrice')}
              </th>
              <th scope="col" className="cell--num">
                {t('sales.columns.forPay')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sales.map((sale) => (
              <tr key={sale.saleId}>
                <td>
                  <WallClock value={sale.date} />
                </td>
                <td>
                  <StatusBadge tone={sale.isReturn ? 'danger' : 'success'}>{sale.isReturn ? t('sales.return') : t('sales.sale')}</StatusBadge>
                </td>
                <td className="cell--num">
                  <Money kopecks={sale.finishedPriceKopecks} />
                </td>
                <td className="cell--num">
                  <Money kopecks={sale.forPayKopecks} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Drawer>
  )
}
