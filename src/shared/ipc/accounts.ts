import { z } from 'zod'
import { marketplaces, type Account } from '../domain/marketplace'
import { tableNames } from '../domain/tables'
import { call } from './define'

const accountId = z.uuid()
const accountName = z.string().trim().min(1).max(80)
/** Tokens are opaque to the contract; each provider checks its own format in main. */
const token = z.string().trim().min(1).max(4096)

export interface ConnectionCheck {
  ok: boolean
  /** Error payload code when not ok; the secret is never echoed. */
  errorCode: string | null
  checkedAt: string
}

export const accountsCalls = {
  'accounts.list': call<Account[]>()(z.strictObject({})),
  'accounts.create': call<Account>()(
    z.strictObject({ marketplace: z.enum(marketplaces), name: accountName, token }),
    ['accounts']
  ),
  'accounts.update': call<Account>()(
    z.strictObject({ id: accountId, name: accountName.optional(), token: token.optional() }),
    ['accounts']
  ),
  'accounts.remove': call<{ removed: boolean }>()(
    z.strictObject({ id: accountId }),
    [...tableNames]
  ),
  /** Creates (or returns) the demo Wildberries cabinet that reads from the built-in sandbox. */
  'accounts.createDemo': call<Account>()(z.strictObject({}), ['accounts']),
  'accounts.checkConnection': call<ConnectionCheck>()(z.strictObject({ id: accountId }))
}
