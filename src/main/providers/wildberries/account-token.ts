import { SferaError } from '../../../shared/domain/errors'
import type { TokenInfo } from '../../../shared/domain/marketplace'
import type { AccountRecord } from '../../db/queries/accounts'
import { wbCategoryNames, type WbTokenCategory } from './token'

const tokenKinds: ReadonlySet<string> = new Set<TokenInfo['kind']>(['personal', 'service', 'basic', 'test', 'unknown'])

/** The kind the account's token said it was when stored; cabinets without one (demo) count as unknown. */
export function accountTokenKind(account: AccountRecord): TokenInfo['kind'] {
  return account.tokenKind !== null && tokenKinds.has(account.tokenKind) ? (account.tokenKind as TokenInfo['kind']) : 'unknown'
}

/**
 * Whether the stored token grants a category. Cabinets whose categories are not known are let through (demo
 * cabinets, and tokens stored before categories were read, with an empty list): WB itself answers 401 then.
 */
export function accountHasCategory(account: AccountRecord, category: WbTokenCategory): boolean {
  if (account.tokenCategoriesJson === null) return true
  const categories: unknown = JSON.parse(account.tokenCategoriesJson)
  return !Array.isArray(categories) || categories.length === 0 || categories.includes(category)
}

/** Fails a resource the token cannot reach before a request is spent on it. */
export function requireCategory(account: AccountRecord, category: WbTokenCategory): void {
  if (accountHasCategory(account, category)) return
  throw new SferaError(
    'access_denied',
    `У токена нет доступа к категории «${wbCategoryNames[category]}»: создайте токен с ней в личном кабинете WB`,
    { service: 'Wildberries', reason: 'missing_category', category }
  )
}
