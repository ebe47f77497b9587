import type { SyncResource } from '../src/shared/domain/marketplace'
import { wbRoutes } from '../src/main/providers/wildberries/client'
import { wbBudgetSpec, type WbBudgetGroup } from '../src/main/providers/wildberries/limits'
import type { WbRateGroup, WbSandboxOptions } from '../src/sandbox/wildberries'
import { startForwardingProxy, type ForwardedExchange } from '../src/contract/forwarding-proxy'
import { wbRouteOf } from '../src/contract/wb-route-of'
import { startAppCore, wbEndpoints } from '../src/test-support/app-core'
import { startSandboxWithOptions } from './sandbox-process'

export const MAX_PACING_RATIO = 1.1

interface PacingPhase {
  rateLimitScale: number
  world: WbSandboxOptions
  /** Synced one at a time, in this order (stocks need the cards' sizes). */
  resources: readonly SyncResource[]
}

/**
 * One scale cannot suit every group. The minimum below assumes the app's own work per request (reading,
 * validating and writing a page) is short next to the refill interval, else the app, not the limit, sets the
 * pace: a 1000-order FBS page takes it 50–250 ms here, a 100-card page 30–40 ms, a 1000-row statistics page
 * about 50 ms. So each phase scales its groups to an interval well above that, yet short enough to end in seconds.
 */
const phases: readonly PacingPhase[] = [
  {
    // Content 150 ms a request: 3,000 cards are 31 card pages against a burst of 5. FBW supplies 500 ms: 20
    // supplies and their details against a burst of 10.
    rateLimitScale: 0.25,
    world: { cardCount: 3_000 },
    resources: ['products', 'warehouses', 'fbs_stocks', 'wb_stocks', 'fbw_supplies']
  },
  {
    // Marketplace unscaled, 200 ms a request: 30,000 FBS orders in 1000-order pages over three 30-day windows,
    // then their statuses 1000 at a time, about 63 requests against a burst of 20.
    rateLimitScale: 1,
    world: { fbsOrderCount: 30_000 },
    resources: ['fbs_orders', 'fbs_supplies']
  },
  {
    // 600 ms a request: 1,000-row pages make about 20 order pages (burst 10) and 13 sale pages (burst 1).
    rateLimitScale: 0.01,
    world: { orderCount: 20_000, saleCount: 12_000, statisticsPageSize: 1_000 },
    resources: ['orders', 'sales']
  }
]

/** The sandbox names the FBW and analytics groups differently from the app. */
const sandboxGroupOf: Record<WbBudgetGroup, WbRateGroup> = {
  content: 'content',
  marketplace: 'marketplace',
  marketplaceWarehouses: 'marketplaceWarehouses',
  marketplaceStocks: 'marketplaceStocks',
  statisticsOrders: 'statisticsOrders',
  statisticsSales: 'statisticsSales',
  fbwSupplies: 'supplies',
  fbwWarehouses: 'suppliesWarehouses',
  wbWarehouseStocks: 'analyticsWbStocks'
}

export interface PacingResult {
  /** A WB budget group, or another marketplace's budget by name. */
  group: string
  rateLimitScale: number
  requests: number
  burst: number
  /** Scaled refill interval. */
  intervalMs: number
  /** First to last request, as a proxy between core and sandbox saw them. */
  spanMs: number
  /** Burst free, then one request per interval. */
  minimumMs: number
  /** spanMs / minimumMs; null when every request fit in the burst. */
  ratio: number | null
  tooManyRequests: number
  /** Failed syncs of resources that used the group, as "resource: error". */
  syncFailures: string[]
  pass: boolean
}

export async function measurePacing(): Promise<PacingResult[]> {
  const results: PacingResult[] = []
  for (const phase of phases) results.push(...(await runPhase(phase)))
  return results
}

async function runPhase(phase: PacingPhase): Promise<PacingResult[]> {
  const sandbox = await startSandboxWithOptions({ rateLimitScale: phase.rateLimitScale, ...phase.world })
  const recorder = await startForwardingProxy(() => sandbox.url)
  const app = await startAppCore({ endpoints: wbEndpoints(recorder.url), rateLimitScale: phase.rateLimitScale })
  try {
    const accountId = await app.createCabinet(sandbox.token)
    const usedBy = new Map<WbBudgetGroup, Set<SyncResource>>()
    const failed = new Map<SyncResource, string>()
    for (const resource of phase.resources) {
      const firstExchange = recorder.exchanges.length
      const outcome = await app.syncResource(accountId, resource)
      if (outcome.status !== 'succeeded') failed.set(resource, outcome.error ?? outcome.status)
      for (const exchange of recorder.exchanges.slice(firstExchange)) {
        const group = groupOf(exchange)
        if (group) usedBy.set(group, (usedBy.get(group) ?? new Set()).add(resource))
      }
    }
    const tooMany = (await sandbox.stats()).tooManyRequestsByGroup
    return [...usedBy].map(([group, resources]) => {
      const syncFailures = [...resources].filter((r) => failed.has(r)).map((r) => `${r}: ${failed.get(r)}`)
      return pacingOf(group, recorder.exchanges, phase.rateLimitScale, tooMany[sandboxGroupOf[group]] ?? 0, syncFailures)
    })
  } finally {
    await app.close()
    await recorder.close()
    await sandbox.stop()
  }
}

function groupOf(exchange: ForwardedExchange): WbBudgetGroup | null {
  const route = wbRouteOf(exchange.method, exchange.url)
  return route ? wbRoutes[route].group : null
}

function pacingOf(
  group: WbBudgetGroup,
  exchanges: readonly ForwardedExchange[],
  rateLimitScale: number,
  tooManyRequests: number,
  syncFailures: string[]
): PacingResult {
  const times = exchanges.filter((e) => groupOf(e) === group).map((e) => e.receivedAt)
  const spec = wbBudgetSpec(group, 'personal')
  if (!spec) throw new Error(`no personal-token limit for ${group}`)
  const intervalMs = (spec.periodMs / spec.limit) * rateLimitScale
  const minimumMs = Math.max(0, times.length - spec.burst) * intervalMs
  const spanMs = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0
  const ratio = minimumMs > 0 ? spanMs / minimumMs : null
  return {
    group,
    rateLimitScale,
    requests: times.length,
    burst: spec.burst,
    intervalMs,
    spanMs,
    minimumMs,
    ratio,
    tooManyRequests,
    syncFailures,
    pass: syncFailures.length === 0 && tooManyRequests === 0 && (ratio === null || ratio <= MAX_PACING_RATIO)
  }
}
