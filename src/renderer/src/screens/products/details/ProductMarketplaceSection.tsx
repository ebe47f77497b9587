import type { ProductMarketplaceDetails } from '../../../../../shared/domain/products'
import { OzonProductSection } from './OzonProductSection'
import { WildberriesProductSection } from './WildberriesProductSection'

/** The part of a product only its marketplace knows, drawn by that marketplace's own section. */
export function ProductMarketplaceSection({ details }: { details: ProductMarketplaceDetails }) {
  switch (details.marketplace) {
    case 'wildberries':
      return <WildberriesProductSection details={details} />
    case 'ozon':
      return <OzonProductSection details={details} />
  }
}
