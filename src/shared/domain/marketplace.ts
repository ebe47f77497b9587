export const marketplaces = ['wildberries', 'ozon', 'yandex-market'] as const
export type Marketplace = (typeof marketplaces)[number]

/** Resources a sync can fetch. Each provider declares the ones it supports. */
export const syncResources = ['products'] as const
export type SyncResource = (typeof syncResources)[number]

export interface SecretStatus {
  /** Whether a secret is stored; the secret itself never leaves main. */
  set: boolean
  /** Last four characters, enough for the seller to recognise which token it is. */
  last4: string | null
}

export interface Account {
  id: string
  marketplace: Marketplace
  name: string
  /** Demo cabinets read from the built-in sandbox, never from a real marketplace. */
  isDemo: boolean
  token: SecretStatus
  createdAt: string
  updatedAt: string
}
