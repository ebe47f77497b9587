import type { Marketplace } from '../../../shared/domain/marketplace'
import type { StockHolder } from '../../../shared/domain/stocks'

/** What each marketplace calls selling from the seller's warehouse and from its own: the codes its sellers know. */
const schemeNames: Readonly<Record<Marketplace, Readonly<Record<StockHolder, string>>>> = {
  wildberries: { seller: 'FBS', marketplace: 'FBW' },
  ozon: { seller: 'FBS', marketplace: 'FBO' },
  'yandex-market': { seller: 'FBS', marketplace: 'FBY' }
}

export function schemeName(marketplace: Marketplace, holder: StockHolder): string {
  return schemeNames[marketplace][holder]
}

/** The codes of the marketplaces in view, each once: "FBW" for a WB seller, "FBW / FBO" with Ozon too; '' for none. */
export function schemesHint(holder: StockHolder, inView: readonly Marketplace[]): string {
  return [...new Set(inView.map((marketplace) => schemeName(marketplace, holder)))].join(' / ')
}
