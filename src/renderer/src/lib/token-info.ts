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
