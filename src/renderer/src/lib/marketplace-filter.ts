import { marketplaces, type Account, type Marketplace } from '../../../shared/domain/marketplace'

/** A list screen's marketplace filter: every marketplace, or one. */
export const allMarketplaces = 'all'
export type MarketplaceChoice = Marketplace | typeof allMarketplaces

export function isMarketplaceChoice(value: string): value is MarketplaceChoice {
  return value === allMarketplaces || (marketplaces as readonly string[]).includes(value)
}

/** The `marketplaces` of a list call for the choice: none means every marketplace. */
export function marketplacesOf(choice: MarketplaceChoice): Marketplace[] | undefined {
  return choice === allMarketplaces ? undefined : [choice]
}

/** The marketplaces a list can show rows of: the chosen one, or those of the selected cabinets, in the usual order. */
export function marketplacesInView(choice: MarketplaceChoice, accounts: readonly Pick<Account, 'marketplace'>[]): Marketplace[] {
  if (choice !== allMarketplaces) return [choice]
  return marketplaces.filter((marketplace) => accounts.some((account) => account.marketplace === marketplace))
}
