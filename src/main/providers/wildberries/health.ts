import type { ProviderDeps } from '../provider'
import { WbClient } from './client'

/** One smallest cards request proves the host is reachable and the token has the content category. */
export async function checkWbConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void> {
  const client = new WbClient({
    http: deps.http,
    budgets: deps.budgets,
    accountId: deps.account.id,
    contentBaseUrl: deps.endpoints.wildberriesContent,
    token: await deps.token(),
    signal
  })
  await client.listCards(1, null)
}
