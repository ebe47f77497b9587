import { useTranslation } from 'react-i18next'
import type { StockRow } from '../../../../shared/domain/stocks'
import { AccountLabel } from '../../components/AccountLabel'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Count } from '../../components/values'
import { useStockByWarehouse } from '../../hooks/stocks'

/** One size's stock per warehouse (stocks.byWarehouse): seller warehouses first, then WB's. */
export function StockDetailPanel({ row, onClose }: { row: StockRow; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useStockByWarehouse({ accountId: row.accountId, chrtId: row.chrtId })
  const warehouses = [...(detail.data ?? [])].sort((a, b) => (a.kind === b.kind ? b.amount - a.amount : a.kind === 'seller' ? -1 : 1))

  return (
    <Drawer title={row.title || t('products.untitled')} onClose={onClose} testId="stock-detail">
      <dl className="facts">
        <dt>{t('stocks.columns.vendorCode')}</dt>
        <dd>{row.vendorCode || '—'}</dd>
        <dt>{t('productDetail.nmId')}</dt>
        <dd>{row.nmId}</dd>
        <dt>{t('stocks.columns.size')}</dt>
        <dd>{row.techSize || '—'}</dd>
        <dt>{t('stocks.columns.barcode')}</dt>
        <dd>{row.barcode || '—'}</dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={row.accountId} name={row.accountName} />
        </dd>
      </dl>

      <h3 className="drawer__section">{t('stocks.byWarehouse')}</h3>
      {detail.isPending ? (
        <p className="muted">{t('data.loading')}</p>
      ) : detail.isError ? (
        <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
      ) : warehouses.length === 0 ? (
        <p className="muted">{t('stocks.noWarehouses')}</p>
      ) : (
        <table className="data-table data-table--compact" data-testid="stock-warehouses">
          <thead>
            <tr>
              <th scope="col">{t('stocks.warehouse')}</th>
              <th scope="col">{t('stocks.warehouseKind')}</th>
              <th scope="col" className="cell--num">
                {t('stocks.amount')}
              </th>
              <th scope="col" className="cell--num">
                {t('stocks.columns.inWayToClient')}
              </th>
              <th scope="col" className="cell--num">
                {t('stocks.columns.inWayFromClient')}
              </th>
            </tr>
          </thead>
          <tbody>
            {warehouses.map((w) => (
              <tr key={`${w.kind}:${w.warehouseId}`}>
                <td>{w.name}</td>
                <td>{w.kind === 'seller' ? t('stocks.kindSeller') : t('stocks.kindWb')}</td>
                <td className="cell--num">
                  <Count value={w.amount} />
                </td>
                <td className="cell--num">
                  <Count value={w.inWayToClient} />
                </td>
                <td className="cell--num">
                  <Count value={w.inWayFromClient} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('stocks.columns.total')}
              </th>
              <td className="cell--num cell--strong">
                <Count value={warehouses.reduce((sum, w) => sum + w.amount, 0)} />
              </td>
              <td className="cell--num">
                <Count value={warehouses.reduce((sum, w) => sum + w.inWayToClient, 0)} />
              </td>
              <td className="cell--num">
                <Count value={warehouses.reduce((sum, w) => sum + w.inWayFromClient, 0)} />
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </Drawer>
  )
}
