import type { OrderMarketplaceDetails } from '../../../../../shared/domain/orders'
import { OzonOrderSection } from './OzonOrderSection'
import { WildberriesOrderSection } from './WildberriesOrderSection'

/** The part of an order only its marketplace knows, drawn by that marketplace's own section. */
export function OrderMarketplaceSection({ details }: { details: OrderMarketplaceDetails }) {
  switch (details.marketplace) {
    case 'wildberries':
      return <WildberriesOrderSection details={details} />
    case 'ozon':
      return <OzonOrderSection details={details} />
  }
}
