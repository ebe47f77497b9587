import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail, ProductOffer } from '../../../../shared/domain/products'
import { AccountLabel } from '../../components/AccountLabel'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormattedDateTime } from '../../components/FormattedDateTime'
import { MarketplaceBadge } from '../../components/MarketplaceBadge'
import { Modal } from '../../components/Modal'
import { useProductDetail } from '../../hooks/products'
import { ProductMarketplaceSection } from './details/ProductMarketplaceSection'
import { ProductGallery } from './ProductGallery'

export interface ProductRef {
  accountId: string
  productId: string
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
        <dt>{t('productDetail.marketplace')}</dt>
        <dd>
          <MarketplaceBadge marketplace={product.marketplace} />
        </dd>
        <dt>{t('productDetail.brand')}</dt>
        <dd>{product.brand || '—'}</dd>
        <dt>{t('productDetail.category')}</dt>
        <dd>{product.category || '—'}</dd>
        <dt>{t('productDetail.vendorCode')}</dt>
        <dd>{product.vendorCode}</dd>
        <dt>{t(`productDetail.productIdOf.${product.marketplace}`)}</dt>
        <dd>{product.productId}</dd>
        <dt>{t('productDetail.account')}</dt>
        <dd>
          <AccountLabel accountId={product.accountId} name={product.accountName} />
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

      <h3 className="drawer__section">{t('productDetail.offers')}</h3>
      <OfferTable offers={product.offers} />

      {product.details && <ProductMarketplaceSection details={product.details} />}
    </>
  )
}

/** The product's sellable units (WB's sizes, Ozon's and Yandex Market's offers) with their barcodes. */
function OfferTable({ offers }: { offers: readonly ProductOffer[] }) {
  const { t } = useTranslation()
  if (offers.length === 0) return <p className="muted">{t('productDetail.noOffers')}</p>
  return (
    <table className="data-table data-table--compact" data-testid="product-offers">
      <thead>
        <tr>
          <th scope="col">{t('productDetail.size')}</th>
          <th scope="col">{t('productDetail.marketplaceSize')}</th>
          <th scope="col">{t('productDetail.barcodes')}</th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.offerId}>
            <td>{offer.size || '—'}</td>
            <td>{offer.marketplaceSize || '—'}</td>
            <td>{offer.barcodes.join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
