import type { ProviderDeps } from '../provider'
import { wbClientFor } from './job-client'

/** One smallest cards request proves the host is reachable and the token has the content category. */
export async function checkWbConnection(deps: ProviderDeps, signal: AbortSignal): Promise<void> {
  const client = await wbClientFor(deps, signal)
  await client.listCards(1, null)
}
