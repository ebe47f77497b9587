import { useTranslation } from 'react-i18next'
import type { WbProductDetails } from '../../../../../shared/domain/wildberries-details'

/** What only Wildberries knows of a card: its imtID and subject, package dimensions and characteristics. */
export function WildberriesProductSection({ details }: { details: WbProductDetails }) {
  const { t } = useTranslation()
  return (
    <section data-testid="wildberries-product-section">
      <h3 className="drawer__section">{t('wbProduct.title')}</h3>
      <dl className="facts">
        <dt>{t('wbProduct.imtId')}</dt>
        <dd>{details.imtId}</dd>
        <dt>{t('wbProduct.subjectId')}</dt>
        <dd>{details.subjectId}</dd>
        <dt>{t('wbProduct.dimensions')}</dt>
        <dd>
          {details.dimensions
            ? t('wbProduct.dimensionsValue', {
                length: details.dimensions.lengthCm,
                width: details.dimensions.widthCm,
                height: details.dimensions.heightCm,
                weight: details.dimensions.weightKg
              })
            : t('wbProduct.noDimensions')}
        </dd>
      </dl>

      <h3 className="drawer__section">{t('wbProduct.characteristics')}</h3>
      {details.characteristics.length > 0 ? (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('wbProduct.characteristic')}</th>
              <th scope="col">{t('wbProduct.value')}</th>
            </tr>
          </thead>
          <tbody>
            {details.characteristics.map((characteristic) => (
              <tr key={characteristic.id}>
                <th scope="row">{characteristic.name}</th>
                <td>{characteristic.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('wbProduct.noCharacteristics')}</p>
      )}
    </section>
  )
}
