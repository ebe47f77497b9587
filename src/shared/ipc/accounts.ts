import { z } from 'zod'
import { marketplaces, type Account } from '../domain/marketplace'
import { datasets } from '../domain/datasets'
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
  'accounts.list': call<Account[]>()(z.strictObject({}), { reads: ['accounts'] }),
  'accounts.create': call<Account>()(
    z.strictObject({ marketplace: z.enum(marketplaces), name: accountName, token }),
    { changes: ['accounts'] }
  ),
  'accounts.update': call<Account>()(
    z.strictObject({ id: accountId, name: accountName.optional(), token: token.optional() }),
    { changes: ['accounts'] }
  ),
  /** Everything the cabinet synced goes with it. */
  'accounts.remove': call<{ removed: boolean }>()(z.strictObject({ id: accountId }), { changes: datasets }),
  /** Creates (or returns) the demo Wildberries cabinet that reads from the built-in sandbox. */
  'accounts.createDemo': call<Account>()(z.strictObject({}), { changes: ['accounts'] }),
  'accounts.checkConnection': call<ConnectionCheck>()(z.strictObject({ id: accountId }))
}
