import type { TokenInfo } from '../../../shared/domain/marketplace'
import { ozonRoutes } from './client'
import { ozonFinanceRoutes } from './finance-client'
import type { OzonRolesResponse } from './roles-types'
import { isoUtc } from './time'

/** The methods the resources read; /v1/roles and /v1/seller/info are open to every key. */
const syncedMethods: readonly string[] = [...Object.values(ozonRoutes), ...Object.values(ozonFinanceRoutes)]
  .map((route) => route.path)
  .filter((path) => path !== ozonRoutes.roles.path && path !== ozonFinanceRoutes.sellerInfo.path)

/**
 * Whether a method the key's roles list opens `path`. Roles list methods by path, and some by a shorter prefix
 * (`/v1/posting` in the spec's example), which opens every method under it.
 */
function opens(granted: string, path: string): boolean {
  return path === granted || path.startsWith(granted.endsWith('/') ? granted : `${granted}/`)
}

/** The synced methods a key's methods do not open; none when the list is empty (nothing is known then). */
export function missingOzonMethods(categories: readonly string[]): string[] {
  if (categories.length === 0) return []
  return syncedMethods.filter((path) => !categories.some((granted) => opens(granted, path)))
}

/** What /v1/roles says of the key: when it expires, and every method its roles open, as its categories. */
export function ozonKeyInfo(roles: OzonRolesResponse): TokenInfo {
  const categories = [...new Set((roles.roles ?? []).flatMap((role) => role.methods ?? []))].sort()
  return {
    expiresAt: roles.expires_at ? isoUtc(roles.expires_at) : null,
    categories,
    missingCategories: missingOzonMethods(categories),
    kind: 'unknown'
  }
}
