import { z } from 'zod'
import type { SferaErrorPayload } from '../domain/errors'
import { marketplaces, type Account, type MarketplaceDeclaration } from '../domain/marketplace'
import { datasets } from '../domain/datasets'
import { call } from './define'
import { displayName } from './display-name'

const accountId = z.uuid()
const accountName = displayName(80)
/**
 * The values of a marketplace's account fields, by key. Opaque to the contract: main checks them against the
 * marketplace's declaration (which keys, which are secret) and each provider checks its own formats.
 */
const fieldValues = z
  .unknown()
  // zod's record drops a `__proto__` key without a word; such input is refused instead, like any unknown key.
  .refine((value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'), 'unsafe key')
  .pipe(z.record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/), z.string().trim().min(1).max(4096)))

export interface ConnectionCheck {
  ok: boolean
  /** Why not, when not ok: the renderer explains it with the reason's text. Payloads never carry a secret. */
  error: SferaErrorPayload | null
  checkedAt: string
}

export const accountsCalls = {
  'accounts.list': call<Account[]>()(z.strictObject({}), { reads: ['accounts'] }),
  /** The marketplaces a cabinet can be connected to, with the fields each asks for; fixed while the app runs. */
  'accounts.marketplaces': call<MarketplaceDeclaration[]>()(z.strictObject({})),
  'accounts.create': call<Account>()(
    z.strictObject({ marketplace: z.enum(marketplaces), name: accountName, fields: fieldValues }),
    { changes: ['accounts'] }
  ),
  /** Fields given replace the stored ones; the others stay. */
  'accounts.update': call<Account>()(
    z.strictObject({ id: accountId, name: accountName.optional(), fields: fieldValues.optional() }),
    { changes: ['accounts'] }
  ),
  /** Everything the cabinet synced goes with it. */
  'accounts.remove': call<{ removed: boolean }>()(z.strictObject({ id: accountId }), { changes: datasets }),
  /** Creates (or returns) a demo cabinet of every marketplace with a built-in sandbox, each reading from it. */
  'accounts.createDemo': call<Account[]>()(z.strictObject({}), { changes: ['accounts'] }),
  /** Re-reads what the service says of the key (its expiry, its methods) into the cabinet where the service tells it. */
  'accounts.checkConnection': call<ConnectionCheck>()(z.strictObject({ id: accountId }), { changes: ['accounts'] })
}
