import type { z } from 'zod'
import { malformedResponse, type HttpClient, type RateBudgets } from '../../http'
import { OZON_SERVICE, ozonError } from './errors'
import type { OzonHost } from './hosts'
import { ozonBudgetKey, ozonBudgetSpec } from './limits'

/** One Ozon method. Every read the app makes is a POST that changes nothing, so each may be repeated. */
export interface OzonRoute {
  host: OzonHost
  /** The spec's path; it also names the method in errors. */
  path: string
}

export interface OzonTransportOptions {
  http: HttpClient
  budgets: RateBudgets
  endpoints: Readonly<Record<OzonHost, string>>
  clientId: string
  apiKey: string
  signal?: AbortSignal
  /** Milliseconds since the epoch; when a blocked method may be tried again is counted from it. */
  now: () => number
  onRequest?: () => void
  onRateLimited?: () => void
  onWait?: (untilEpochMs: number | null) => void
}

/**
 * Sends Ozon requests on the Client-Id's budget, validates what comes back and names Ozon in every error. A 429
 * (rpcStatus code 8) is waited out by the HTTP layer: Ozon sends no Retry-After, so the layer backs off at least a
 * second with jitter, and the budget pauses every job of the Client-Id meanwhile.
 */
export class OzonTransport {
  constructor(private readonly options: OzonTransportOptions) {}

  async call<S extends z.ZodType>(route: OzonRoute, schema: S, json: unknown): Promise<z.infer<S>> {
    const { http, budgets, endpoints, clientId, apiKey, signal, now, onRequest, onRateLimited, onWait } = this.options
    const name = `POST ${route.path}`
    let body: unknown
    try {
      const response = await http.request({
        method: 'POST',
        url: endpoints[route.host] + route.path,
        headers: { 'Client-Id': clientId, 'Api-Key': apiKey },
        json,
        idempotent: true,
        budget: budgets.get(ozonBudgetKey(clientId), ozonBudgetSpec),
        ...(signal ? { signal } : {}),
        onAttempt: () => onRequest?.(),
        onRateLimited: () => onRateLimited?.(),
        onWait: (until) => onWait?.(until)
      })
      body = response.body
    } catch (error) {
      throw ozonError(error, route.path, name, now())
    } finally {
      onWait?.(null)
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) throw malformedResponse(OZON_SERVICE, name, parsed.error)
    return parsed.data
  }
}
