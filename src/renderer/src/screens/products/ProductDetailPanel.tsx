import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail } from '../../../../shared/domain/products'
import { AccountLabel } from '../../components/AccountLabel'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { Modal } from '../../components/Modal'
import { useProductDetail } from '../../hooks/products'
import { ProductGallery } from './ProductGallery'

export interface ProductRef {
  accountId: string
  nmId: number
}

/** A side panel with everything the mirror knows about one product (products.get). Esc closes it. */
export function ProductDetailPanel({ product, onClose }: { product: ProductRef; onClose: () => void }) {
  const { t } = useTranslation()
  const titleId = useId()
  const detail = useProductDetail(product)

  return (
    <Modal onClose={onClose} labelledBy={titleId} className="modal--drawer" testId="product-detail">
      <header className="drawer__header">
        <h2 id={titleId} className="drawer__title">
          {detail.data ? detail.data.title || t('products.untitled') : t('productDetail.loading')}
        </h2>
        <button type="button" className="button button--icon" onClick={onClose} aria-label={t('app.close')} autoFocus>
          ✕
        </button>
      </header>
      <div className="drawer__body">
        {detail.isPending ? null : detail.isError ? (
          <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <ProductFacts product={detail.data} />
        )}
      </div>
    </Modal>
  )
}

function ProductFacts({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  return (
    <>
      <ProductGallery photos={product.photos} title={product.title} />

      <dl className="facts">
        <dt>{t('productDetail.brand')}</dt>
        <dd>{product.brand || '—'}</dd>
        <dt>{t('productDetail.subject')}</dt>
        <dd>{product.subjectName || '—'}</dd>
        <dt>{t('productDetail.vendorCode')}</dt>
        <dd>{product.vendorCode}</dd>
        <dt>{t('productDetail.nmId')}</dt>
        <dd>{product.nmId}</dd>
        <dt>{t('productDetail.imtId')}</dt>
        <dd>{product.imtId}</dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={product.accountId} name={product.accountName} />
        </dd>
        <dt>{t('productDetail.dimensions')}</dt>
        <dd>
          {product.dimensions
            ? t('productDetail.dimensionsValue', {
                length: product.dimensions.lengthCm,
                width: product.dimensions.widthCm,
                height: product.dimensions.heightCm,
                weight: product.dimensions.weightKg
              })
            : t('productDetail.noDimensions')}
        </dd>
        <dt>{t('productDetail.createdAt')}</dt>
        <dd>
          <FormattedDateTime value={product.createdAt} />
        </dd>
        <dt>{t('productDetail.updatedAt')}</dt>
        <dd>
          <FormattedDateTime value={product.updatedAt} />
        </dd>
      </dl>

      <h3 className="drawer__section">{t('productDetail.description')}</h3>
      <p className="description">{product.description || t('productDetail.noDescription')}</p>

      <h3 className="drawer__section">{t('productDetail.characteristics')}</h3>
      {product.characteristics.length > 0 ? (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('productDetail.characteristic')}</th>
              <th scope="col">{t('productDetail.value')}</th>
            </tr>
          </thead>
          <tbody>
            {product.characteristics.map((characteristic) => (
              <tr key={characteristic.id}>
                <th scope="row">{characteristic.name}</th>
                <td>{characteristic.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('productDetail.noCharacteristics')}</p>
      )}

      <h3 className="drawer__section">{t('productDetail.sizes')}</h3>
      {product.sizes.length > 0 ? (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('productDetail.techSize')}</th>
              <th scope="col">{t('productDetail.wbSize')}</th>
              <th scope="col">{t('productDetail.barcodes')}</th>
            </tr>
          </thead>
          <tbody>
            {product.sizes.map((size) => (
              <tr key={size.chrtId}>
                <td>{size.techSize || '—'}</td>
                <td>{size.wbSize || '—'}</td>
                <td>{size.barcodes.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('productDetail.noSizes')}</p>
      )}
    </>
  )
}
