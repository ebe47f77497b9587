export const marketplaces = ['wildberries', 'ozon', 'yandex-market'] as const
export type Marketplace = (typeof marketplaces)[number]

/**
 * One thing a provider mirrors, by the provider's own name (WB: 'products', 'fbs_stocks', 'orders'…). Each
 * provider declares its list in main; a cabinet's list reaches the renderer with its sync status.
 */
export type SyncResource = string

/** What a resource name may look like: also the key of its name in the i18n catalogues. */
export const syncResourcePattern = /^[a-z][a-z0-9_]{0,39}$/

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

/** One thing a seller enters to connect a cabinet (WB: its API token; Ozon: Client-Id and Api-Key). */
export interface AccountField {
  /** Also the key of its label and hint in the i18n catalogues (accountFields.<marketplace>.<key>). */
  key: string
  /** Kept in the vault and shown only as its last four characters; otherwise stored with the cabinet and shown. */
  secret: boolean
  maxLength: number
}

/** What a marketplace asks for to connect a cabinet and what it can do there; forms and menus are built from it. */
export interface MarketplaceDeclaration {
  marketplace: Marketplace
  fields: AccountField[]
  resources: SyncResource[]
  /** Supplies of assembly tasks are made in the app (WB FBS). */
  supplies: boolean
  /** Seller-warehouse shipments are packed, labelled and handed over one by one in the app (Ozon FBS). */
  packaging: boolean
}

export interface Account {
  id: string
  marketplace: Marketplace
  name: string
  /** Demo cabinets read from the built-in sandbox, never from a real marketplace. */
  isDemo: boolean
  /** Each secret field the marketplace declares: whether it is set and its last four characters. */
  secrets: Record<string, SecretStatus>
  /** The fields that are not secret, as entered. */
  fields: Record<string, string>
  tokenInfo: TokenInfo | null
  createdAt: string
  updatedAt: string
}
