import { SferaError } from '../../../shared/domain/errors'
import type { SyncJobContext } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { OzonClient } from './client'
import { OZON_SERVICE } from './errors'
import { ozonEndpointsOf } from './hosts'

type RunHooks = Pick<SyncJobContext, 'onRequest' | 'onRateLimited' | 'onWait'>

/** A client on the Client-Id's budget, for one-off calls (the connection check). */
export async function ozonClientFor(deps: ProviderDeps, signal: AbortSignal, hooks: Partial<RunHooks> = {}): Promise<OzonClient> {
  const clientId = deps.field('clientId')
  // inspectFields refuses a cabinet without one; only a row written some other way lacks it.
  if (!clientId) throw new SferaError('auth_failed', 'В кабинете Ozon не указан Client-Id', { service: OZON_SERVICE, field: 'clientId' })
  return new OzonClient({
    http: deps.http,
    budgets: deps.budgets,
    endpoints: ozonEndpointsOf(deps.endpoints),
    clientId,
    apiKey: await deps.secret('apiKey'),
    signal,
    now: () => deps.now(),
    ...hooks
  })
}

/** A client whose requests, rate limits and waits show in the sync run's progress. */
export function ozonJobClient(deps: ProviderDeps, ctx: SyncJobContext): Promise<OzonClient> {
  return ozonClientFor(deps, ctx.signal, { onRequest: ctx.onRequest, onRateLimited: ctx.onRateLimited, onWait: ctx.onWait })
}
