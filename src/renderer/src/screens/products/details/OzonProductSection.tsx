import { useTranslation } from 'react-i18next'
import type { Money as MoneyValue } from '../../../../../shared/domain/money'
import type { OzonProductDetails, OzonProductError } from '../../../../../shared/domain/ozon-details'
import { Money, StatusBadge } from '../../../components/values'
import { rawWordText } from '../../../i18n/raw-word'

function Price({ price, struck }: { price: MoneyValue | null; struck?: boolean }) {
  if (!price) return <span className="muted">—</span>
  const amount = <Money kopecks={price.kopecks} currency={price.currency} />
  return struck ? <s>{amount}</s> : amount
}

/** Critical errors keep a product off sale; warnings leave it on sale. */
const criticalLevels = new Set(['ERROR_LEVEL_ERROR', 'ERROR_LEVEL_INTERNAL'])

/** What only Ozon knows of a product: its SKU, statuses, the three prices, archiving and Ozon's errors. */
export function OzonProductSection({ details }: { details: OzonProductDetails }) {
  const { t } = useTranslation()
  const word = (table: string, value: string, fallback?: string) => (value ? rawWordText(t, table, value, fallback || value) : '—')
  return (
    <section data-testid="ozon-product-section">
      <h3 className="drawer__section">{t('ozonProduct.title')}</h3>
      <dl className="facts">
        <dt>{t('ozonProduct.sku')}</dt>
        <dd className="cell--mono">{details.sku ?? <span className="muted">{t('ozonProduct.noSku')}</span>}</dd>
        <dt>{t('ozonProduct.status')}</dt>
        <dd data-testid="ozon-product-status" title={details.status || undefined}>
          {/* Ozon names the status itself too: it is the better fallback than the raw word. */}
          {word('ozonProduct.statuses', details.status, details.statusName)}
        </dd>
        <dt>{t('ozonProduct.moderateStatus')}</dt>
        <dd>{word('ozonProduct.moderateStatuses', details.moderateStatus)}</dd>
        <dt>{t('ozonProduct.validationStatus')}</dt>
        <dd>{word('ozonProduct.validationStatuses', details.validationStatus)}</dd>
        <dt>{t('ozonProduct.price')}</dt>
        <dd>
          <Price price={details.price} />
        </dd>
        <dt>{t('ozonProduct.oldPrice')}</dt>
        <dd>
          <Price price={details.oldPrice} struck />
        </dd>
        <dt>{t('ozonProduct.minPrice')}</dt>
        <dd>
          <Price price={details.minPrice} />
        </dd>
        <dt>{t('ozonProduct.archive')}</dt>
        <dd>
          {details.isAutoarchived
            ? t('ozonProduct.autoarchived')
            : details.isArchived
              ? t('ozonProduct.archived')
              : t('ozonProduct.notArchived')}
        </dd>
        <dt>{t('ozonProduct.descriptionCategoryId')}</dt>
        <dd className="cell--mono">{details.descriptionCategoryId ?? '—'}</dd>
        <dt>{t('ozonProduct.typeId')}</dt>
        <dd className="cell--mono">{details.typeId ?? '—'}</dd>
      </dl>

      <h3 className="drawer__section">{t('ozonProduct.errors')}</h3>
      {details.errors.length > 0 ? (
        <table className="data-table data-table--compact" data-testid="ozon-product-errors">
          <thead>
            <tr>
              <th scope="col">{t('ozonProduct.errorLevel')}</th>
              <th scope="col">{t('ozonProduct.errorField')}</th>
              <th scope="col">{t('ozonProduct.errorMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {details.errors.map((error, index) => (
              <ErrorRow key={`${error.code}:${error.field}:${error.attributeId ?? ''}:${index}`} error={error} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('ozonProduct.noErrors')}</p>
      )}
    </section>
  )
}

function ErrorRow({ error }: { error: OzonProductError }) {
  const { t } = useTranslation()
  const field = [error.field, error.attributeId !== null ? t('ozonProduct.errorAttribute', { id: error.attributeId }) : '']
    .filter(Boolean)
    .join(', ')
  return (
    <tr>
      <th scope="row">
        {error.level ? (
          <StatusBadge tone={criticalLevels.has(error.level) ? 'danger' : 'warning'} title={error.level}>
            {rawWordText(t, 'ozonProduct.levels', error.level)}
          </StatusBadge>
        ) : (
          '—'
        )}
      </th>
      <td>{field || '—'}</td>
      <td title={error.code}>{error.message || error.code}</td>
    </tr>
  )
}
