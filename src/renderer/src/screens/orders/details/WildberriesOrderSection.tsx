import { useTranslation } from 'react-i18next'
import type { WbOrderDetails } from '../../../../../shared/domain/wildberries-details'

/** What only Wildberries tells of an order: its top-level category, the warehouse type and the sticker. */
export function WildberriesOrderSection({ details }: { details: WbOrderDetails }) {
  const { t } = useTranslation()
  return (
    <section data-testid="wildberries-order-section">
      <h3 className="drawer__section">{t('wbOrder.title')}</h3>
      <dl className="facts">
        <dt>{t('wbOrder.category')}</dt>
        <dd>{details.category || '—'}</dd>
        <dt>{t('wbOrder.warehouseType')}</dt>
        <dd>{details.warehouseType || '—'}</dd>
        <dt>{t('wbOrder.sticker')}</dt>
        <dd className="cell--mono">{details.sticker || '—'}</dd>
      </dl>
    </section>
  )
}
