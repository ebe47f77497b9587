/** The `service` Ozon's failures name in their params: the renderer picks Ozon's texts by it. */
export const ozonService = 'Ozon'

/**
 * Why Ozon refused a key or a method (SferaError params.reason beside service 'Ozon'). Main reports only these,
 * and the renderer has a text for each that says what is wrong and what the seller does about it.
 */
export const ozonErrorReasons = [
  'invalid_credentials',
  'key_deactivated',
  'key_expired',
  'missing_role',
  'missing_methods',
  'ip_restricted',
  'offer_not_signed',
  // Not the key's fault: the seller's plan does not include what was asked (analytics' returns and cancellations).
  'premium_required'
] as const

export type OzonErrorReason = (typeof ozonErrorReasons)[number]

export function isOzonErrorReason(value: unknown): value is OzonErrorReason {
  return (ozonErrorReasons as readonly unknown[]).includes(value)
}
