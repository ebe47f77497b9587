import { useTranslation } from 'react-i18next'
import type { OzonOrderDetails } from '../../../../../shared/domain/ozon-details'
import { MoscowTime } from '../../../components/values'
import { rawWordText } from '../../../i18n/raw-word'

/** What only Ozon tells of a posting: its numbers, scheme and substatus, the packing deadline and a cancellation. */
export function OzonOrderSection({ details }: { details: OzonOrderDetails }) {
  const { t } = useTranslation()
  const cancelled = details.cancelReason !== '' || details.cancellationInitiator !== ''
  return (
    <section data-testid="ozon-order-section">
      <h3 className="drawer__section">{t('ozonOrder.title')}</h3>
      <dl className="facts">
        <dt>{t('ozonOrder.postingNumber')}</dt>
        <dd className="cell--mono">{details.postingNumber}</dd>
        <dt>{t('ozonOrder.orderNumber')}</dt>
        <dd className="cell--mono">{details.orderNumber || '—'}</dd>
        <dt>{t('ozonOrder.scheme')}</dt>
        <dd>{t(`ozonOrder.schemes.${details.scheme}`)}</dd>
        <dt>{t('ozonOrder.substatus')}</dt>
        <dd data-testid="ozon-order-substatus" title={details.substatus || undefined}>
          {details.substatus ? rawWordText(t, 'ozonOrder.substatuses', details.substatus) : '—'}
        </dd>
        <dt>{t('ozonOrder.shipmentDate')}</dt>
        <dd>
          <MoscowTime value={details.shipmentDate} />
        </dd>
        <dt>{t('ozonOrder.deliverySchema')}</dt>
        <dd>{details.deliverySchema || '—'}</dd>
        <dt>{t('ozonOrder.warehouseId')}</dt>
        <dd className="cell--mono">{details.warehouseId ?? '—'}</dd>
        {cancelled && (
          <>
            <dt>{t('ozonOrder.cancelReason')}</dt>
            <dd>{details.cancelReason || '—'}</dd>
            <dt>{t('ozonOrder.cancellationInitiator')}</dt>
            <dd>{details.cancellationInitiator ? rawWordText(t, 'ozonOrder.initiators', details.cancellationInitiator) : '—'}</dd>
          </>
        )}
      </dl>
    </section>
  )
}
