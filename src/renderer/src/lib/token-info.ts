/** A token running out within this many days is flagged. */
export const expiryWarningDays = 14
const dayMs = 24 * 60 * 60 * 1000

export type TokenExpiry =
  | { state: 'unknown' }
  | { state: 'valid'; daysLeft: number }
  | { state: 'soon'; daysLeft: number }
  | { state: 'expired' }

export function tokenExpiry(expiresAt: string | null, now: number): TokenExpiry {
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN
  if (Number.isNaN(at)) return { state: 'unknown' }
  if (at <= now) return { state: 'expired' }
  const daysLeft = Math.ceil((at - now) / dayMs)
  return at - now < expiryWarningDays * dayMs ? { state: 'soon', daysLeft } : { state: 'valid', daysLeft }
}

/** WB token categories the UI names, with the spellings main or WB may use for each (WB docs, x-category). */
const categoryAliases = {
  content: ['content'],
  analytics: ['analytics', 'contentanalytics', 'seller_analytics'],
  prices: ['prices', 'discountsandprices', 'discounts_prices'],
  marketplace: ['marketplace'],
  statistics: ['statistics'],
  promotion: ['promotion', 'advert'],
  feedbacks: ['feedbacks', 'questionsandfeedback', 'questions_and_feedbacks'],
  chat: ['chat', 'buyerchat', 'buyer_chat'],
  supplies: ['supplies'],
  returns: ['returns'],
  documents: ['documents'],
  finance: ['finance'],
  users: ['users', 'usermanagement', 'user_management'],
  recommendations: ['recommendations'],
  readonly: ['readonly', 'read_only']
} as const
export type TokenCategory = keyof typeof categoryAliases

/**
 * Categories without which some resources do not load (the others are optional for SFERA), with what each
 * opens; `content` is required and main refuses a token without it.
 */
export const resourceCategories = ['marketplace', 'statistics', 'analytics', 'supplies'] as const satisfies readonly TokenCategory[]
export type ResourceCategory = (typeof resourceCategories)[number]

/** The resource categories a token lacks; none when the token does not list its categories at all. */
export function missingResourceCategories(categories: readonly string[]): ResourceCategory[] {
  if (categories.length === 0) return []
  const granted = new Set(categories.map(tokenCategory))
  return resourceCategories.filter((category) => !granted.has(category))
}

/** The category a token reports, as a known key; null when the UI has no name for it (it is shown as is). */
export function tokenCategory(raw: string): TokenCategory | null {
  const normalized = raw.trim().toLowerCase().replace(/[\s-]/g, '_')
  for (const [key, aliases] of Object.entries(categoryAliases)) {
    if ((aliases as readonly string[]).includes(normalized) || (aliases as readonly string[]).includes(normalized.replace(/_/g, ''))) {
      return key as TokenCategory
    }
  }
  return null
}
