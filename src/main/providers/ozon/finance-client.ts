import { SferaError } from '../../../shared/domain/errors'
import type { RateBudget } from '../../http'
import type { SyncJobContext } from '../../sync/job'
import type { ProviderDeps } from '../provider'
import { ozonAnalyticsPage, type OzonAnalyticsPage } from './analytics-types'
import { OZON_SERVICE } from './errors'
import { ozonFinanceTransactionPage, ozonSellerInfo, type OzonFinanceTransactionPage, type OzonSellerInfo } from './finance-types'
import { ozonEndpointsOf } from './hosts'
import { ozonAnalyticsBudgetKey, ozonAnalyticsBudgetSpec, ozonAnalyticsPageLimit, ozonFinancePageSize, ozonReturnsListLimit } from './limits'
import { ozonReturnsPage, type OzonReturnsPage } from './returns-types'
import { OzonTransport, type OzonRoute } from './transport'

/** The money methods: what Ozon accrued and charged, what came back, and what was ordered day by day. */
export const ozonFinanceRoutes = {
  sellerInfo: { host: 'seller', path: '/v1/seller/info' },
  transactions: { host: 'seller', path: '/v3/finance/transaction/list' },
  returns: { host: 'seller', path: '/v1/returns/list' },
  analytics: { host: 'seller', path: '/v1/analytics/data' }
} as const satisfies Record<string, OzonRoute>

/** A finance request's period, UTC instants; Ozon refuses one longer than a month. */
export interface OzonFinancePeriod {
  from: string
  to: string
}

/** One analytics page: per SKU and day, the metrics in the order given. Days are `YYYY-MM-DD`. */
export interface OzonAnalyticsQuery {
  dateFrom: string
  dateTo: string
  metrics: readonly string[]
  offset: number
}

/**
 * Ozon's money reads on the Client-Id's budget, beside the catalogue and posting reads of OzonClient; analytics
 * also waits for its own one request a minute.
 */
export class OzonFinanceClient {
  constructor(
    private readonly transport: OzonTransport,
    private readonly analyticsBudget: RateBudget,
    private readonly waits: Pick<SyncJobContext, 'signal' | 'onWait'>
  ) {}

  /** The seller's settlement currency and subscription. The method takes no body (the spec has no requestBody). */
  sellerInfo(): Promise<OzonSellerInfo> {
    return this.transport.call(ozonFinanceRoutes.sellerInfo, ozonSellerInfo, undefined)
  }

  /** Page `page` (from 1) of every operation in the period. */
  transactions(period: OzonFinancePeriod, page: number): Promise<OzonFinanceTransactionPage> {
    // The filter is either a posting or a period (swagger.json: oneOf `posting_number` | `date`), never both.
    const json = { filter: { date: period, operation_type: [], transaction_type: 'all' }, page, page_size: ozonFinancePageSize }
    return this.transport.call(ozonFinanceRoutes.transactions, ozonFinanceTransactionPage, json)
  }

  /** The returns after `lastId` (0 for the first page), FBS and FBO alike. */
  returns(lastId: number): Promise<OzonReturnsPage> {
    return this.transport.call(ozonFinanceRoutes.returns, ozonReturnsPage, { filter: {}, limit: ozonReturnsListLimit, last_id: lastId })
  }

  async analytics(query: OzonAnalyticsQuery): Promise<OzonAnalyticsPage> {
    const { signal, onWait } = this.waits
    try {
      await this.analyticsBudget.acquire(1, { signal, onWait })
    } finally {
      onWait(null)
    }
    const json = {
      date_from: query.dateFrom,
      date_to: query.dateTo,
      dimension: ['sku', 'day'],
      metrics: query.metrics,
      filters: [],
      limit: ozonAnalyticsPageLimit,
      offset: query.offset
    }
    return this.transport.call(ozonFinanceRoutes.analytics, ozonAnalyticsPage, json)
  }
}

/** A money client whose requests, rate limits and waits show in the sync run's progress. */
export async function ozonFinanceJobClient(deps: ProviderDeps, ctx: SyncJobContext): Promise<OzonFinanceClient> {
  const clientId = deps.field('clientId')
  // inspectFields refuses a cabinet without one; only a row written some other way lacks it.
  if (!clientId) throw new SferaError('auth_failed', 'В кабинете Ozon не указан Client-Id', { service: OZON_SERVICE, field: 'clientId' })
  const transport = new OzonTransport({
    http: deps.http,
    budgets: deps.budgets,
    endpoints: ozonEndpointsOf(deps.endpoints),
    clientId,
    apiKey: await deps.secret('apiKey'),
    signal: ctx.signal,
    now: () => deps.now(),
    onRequest: ctx.onRequest,
    onRateLimited: ctx.onRateLimited,
    onWait: ctx.onWait
  })
  return new OzonFinanceClient(transport, deps.budgets.get(ozonAnalyticsBudgetKey(clientId), ozonAnalyticsBudgetSpec), ctx)
}
