export const marketplaces = ['wildberries', 'ozon', 'yandex-market'] as const
export type Marketplace = (typeof marketplaces)[number]

/** Resources a sync can fetch. Each provider declares the ones it supports. */
export const syncResources = [
  'products',
  'warehouses',
  'fbs_stocks',
  'wb_stocks',
  'fbs_orders',
  'fbs_supplies',
  'orders',
  'sales',
  'fbw_supplies'
] as const
export type SyncResource = (typeof syncResources)[number]

export interface SecretStatus {
  /** Whether a secret is stored; the secret itself never leaves main. */
  set: boolean
  /** Last four characters, enough for the seller to recognise which token it is. */
  last4: string | null
}

/** What a marketplace token says about itself; nothing here is secret. */
export interface TokenInfo {
  /** ISO 8601; null when the token does not say. */
  expiresAt: string | null
  /** Method categories the token grants, as the provider's own keys, e.g. 'content', 'marketplace', 'statistics'. */
  categories: string[]
  /**
   * Categories some of the marketplace's resources need and this token lacks, worked out in main from the
   * provider's declaration; empty when the token does not list its categories.
   */
  missingCategories: string[]
  /** Basic tokens get far lower limits and lack some methods; test tokens work only in WB's sandbox. */
  kind: 'personal' | 'service' | 'basic' | 'test' | 'unknown'
}

export interface Account {
  id: string
  marketplace: Marketplace
  name: string
  /** Demo cabinets read from the built-in sandbox, never from a real marketplace. */
  isDemo: boolean
  token: SecretStatus
  tokenInfo: TokenInfo | null
  createdAt: string
  updatedAt: string
}
