import type { SyncResource } from '../src/shared/domain/marketplace'
import { endpointsFromEnv } from '../src/main/endpoints'
import { ozonBudgetSpec } from '../src/main/providers/ozon/limits'
import type { OzonSandboxStats } from '../src/sandbox/ozon'
import { startForwardingProxy } from '../src/contract/forwarding-proxy'
import { startAppCore } from '../src/test-support/app-core'
import { MAX_PACING_RATIO, type PacingResult } from './pacing'
import { startSandboxCli } from './sandbox-process'

/**
 * Ozon's one budget per Client-Id, scaled to 4 requests a second (250 ms, well above the app's work on a page):
 * 3,000 products are 3 list and 3 info pages, their stocks 3 more, and 6,000 postings about 36 FBS pages of 100
 * and 3 FBO pages of 1000, against a burst of 10.
 */
const RATE_LIMIT_SCALE = 10
const resources: readonly SyncResource[] = ['products', 'warehouses', 'stocks', 'orders']

export async function measureOzonPacing(): Promise<PacingResult> {
  const sandbox = await startSandboxCli([
    '--rate-limit-scale', String(RATE_LIMIT_SCALE),
    // Wildberries' sandbox starts beside it; it is not measured here.
    '--cards', '1', '--fbs-orders', '0', '--orders', '0', '--sales', '0',
    '--products', '3000',
    '--postings', '6000'
  ])
  const ozon = sandbox.ozon
  if (!ozon) throw new Error('the sandbox CLI started no Ozon sandbox')
  const recorder = await startForwardingProxy(() => ozon.url)
  const app = await startAppCore({ endpoints: endpointsFromEnv({ SFERA_OZON_URL: recorder.url }), rateLimitScale: RATE_LIMIT_SCALE })
  try {
    const account = await app.call('accounts.create', {
      marketplace: 'ozon',
      name: 'Магазин на Ozon',
      fields: { clientId: ozon.clientId, apiKey: ozon.apiKey }
    })
    // Adding the cabinet asks /v1/roles: the measured span starts after it.
    const firstExchange = recorder.exchanges.length
    const syncFailures: string[] = []
    for (const resource of resources) {
      const outcome = await app.syncResource(account.id, resource)
      if (outcome.status !== 'succeeded') syncFailures.push(`${resource}: ${outcome.error ?? outcome.status}`)
    }
    const times = recorder.exchanges.slice(firstExchange).map((exchange) => exchange.receivedAt)
    const stats = (await (await fetch(`${ozon.url}/__sandbox/stats`)).json()) as OzonSandboxStats
    const intervalMs = (ozonBudgetSpec.periodMs / ozonBudgetSpec.limit) * RATE_LIMIT_SCALE
    const minimumMs = Math.max(0, times.length - ozonBudgetSpec.burst) * intervalMs
    const spanMs = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0
    const ratio = minimumMs > 0 ? spanMs / minimumMs : null
    return {
      group: 'Ozon, per Client-Id',
      rateLimitScale: RATE_LIMIT_SCALE,
      requests: times.length,
      burst: ozonBudgetSpec.burst,
      intervalMs,
      spanMs,
      minimumMs,
      ratio,
      tooManyRequests: stats.tooManyRequests,
      syncFailures,
      pass: syncFailures.length === 0 && stats.tooManyRequests === 0 && (ratio === null || ratio <= MAX_PACING_RATIO)
    }
  } finally {
    await app.close()
    await recorder.close()
    await sandbox.stop()
  }
}
