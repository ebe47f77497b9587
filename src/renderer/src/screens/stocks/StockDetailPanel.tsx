import { useTranslation } from 'react-i18next'
import type { StockByWarehouse, StockRow } from '../../../../shared/domain/stocks'
import { AccountLabel } from '../../components/AccountLabel'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Count } from '../../components/values'
import { useStockByWarehouse } from '../../hooks/stocks'
import { schemeName } from '../../lib/fulfilment-schemes'

/** The seller's own warehouses first, then the marketplace's; within each, the most available first. */
function byHolderThenAvailable(a: StockByWarehouse, b: StockByWarehouse): number {
  if (a.heldBy !== b.heldBy) return a.heldBy === 'seller' ? -1 : 1
  return b.available - a.available
}

/** One offer's stock per warehouse (stocks.byWarehouse). */
export function StockDetailPanel({ row, onClose }: { row: StockRow; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useStockByWarehouse({ accountId: row.accountId, offerId: row.offerId })

  return (
    <Drawer title={row.title || t('products.untitled')} onClose={onClose} testId="stock-detail">
      <dl className="facts">
        <dt>{t('productDetail.marketplace')}</dt>
        <dd>
          <MarketplaceBadge marketplace={row.marketplace} />
        </dd>
        <dt>{t('stocks.columns.vendorCode')}</dt>
        <dd>{row.vendorCode || '—'}</dd>
        <dt>{t(`productDetail.productIdOf.${row.marketplace}`)}</dt>
        <dd>{row.productId}</dd>
        <dt>{t('stocks.columns.size')}</dt>
        <dd>{row.size || '—'}</dd>
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
      ) : detail.data.length === 0 ? (
        <p className="muted">{t('stocks.noWarehouses')}</p>
      ) : (
        <WarehouseStockTable warehouses={[...detail.data].sort(byHolderThenAvailable)} />
      )}
    </Drawer>
  )
}

function WarehouseStockTable({ warehouses }: { warehouses: readonly StockByWarehouse[] }) {
  const { t } = useTranslation()
  const sum = (amount: (w: StockByWarehouse) => number) => warehouses.reduce((total, w) => total + amount(w), 0)
  return (
    <table className="data-table data-table--compact" data-testid="stock-warehouses">
      <thead>
        <tr>
          <th scope="col">{t('stocks.warehouse')}</th>
          <th scope="col">{t('stocks.warehouseKind')}</th>
          <th scope="col" className="cell--num">
            {t('stocks.available')}
          </th>
          <th scope="col" className="cell--num">
            {t('stocks.reserved')}
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
          <tr key={`${w.marketplace}:${w.warehouseId}`}>
            <td>{w.name}</td>
            <td>{t(`stocks.heldBy.${w.heldBy}`, { scheme: schemeName(w.marketplace, w.heldBy) })}</td>
            <td className="cell--num">
              <Count value={w.available} />
            </td>
            <td className="cell--num">
              <Count value={w.reserved} />
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
            <Count value={sum((w) => w.available)} />
          </td>
          <td className="cell--num">
            <Count value={sum((w) => w.reserved)} />
          </td>
          <td className="cell--num">
            <Count value={sum((w) => w.inWayToClient)} />
          </td>
          <td className="cell--num">
            <Count value={sum((w) => w.inWayFromClient)} />
          </td>
        </tr>
      </tfoot>
    </table>
  )
}
