import type { SyncJobContext } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { accountTokenKind } from './account-token'
import { WbClient } from './client'
import { wbEndpointsOf } from './hosts'

type RunHooks = Pick<SyncJobContext, 'onRequest' | 'onRateLimited' | 'onWait'>

/** A client on the account's budgets, for one-off calls (connection check, supply actions). */
export async function wbClientFor(deps: ProviderDeps, signal: AbortSignal, hooks: Partial<RunHooks> = {}): Promise<WbClient> {
  return new WbClient({
    http: deps.http,
    budgets: deps.budgets,
    accountId: deps.account.id,
    tokenKind: accountTokenKind(deps.account),
    endpoints: wbEndpointsOf(deps.endpoints),
    token: await deps.secret('token'),
    signal,
    ...hooks
  })
}

/** A client whose requests, rate limits and waits show in the sync run's progress. */
export function wbJobClient(deps: ProviderDeps, ctx: SyncJobContext): Promise<WbClient> {
  return wbClientFor(deps, ctx.signal, { onRequest: ctx.onRequest, onRateLimited: ctx.onRateLimited, onWait: ctx.onWait })
}
