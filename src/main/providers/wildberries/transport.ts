import type { z } from 'zod'
import { SferaError, type ErrorParams } from '../../../shared/domain/errors'
import { HttpError, malformedResponse, type HttpClient, type HttpMethod, type RateBudgets, type RateBudgetSpec } from '../../http'
import { JsonArrayBytes } from '../../http/json-array-bytes'
import { wbBudgetKey, wbBudgetSpec, wbErrorCost, type WbBudgetGroup, type WbTokenKind } from './limits'

import type { WbHost } from './hosts'

/** One WB method: where it lives, whose budget it spends, and whether repeating it could do something twice. */
export interface WbRoute {
  host: WbHost
  method: HttpMethod
  /** The spec's path, `{name}` for path parameters; it also names the method in errors. */
  path: string
  group: WbBudgetGroup
  /** Creates or changes something at WB: a 5xx or a lost connection is not retried, only a 429 (not executed). */
  write?: boolean
  /** Big reports take long to build and send. */
  timeoutMs?: number
}

export interface WbCallArgs {
  pathParams?: Record<string, string | number>
  query?: Record<string, string | number | boolean | undefined>
  json?: unknown
}

export interface WbTransportOptions {
  http: HttpClient
  budgets: RateBudgets
  accountId: string
  tokenKind: WbTokenKind
  endpoints: Readonly<Record<WbHost, string>>
  token: string
  signal?: AbortSignal
  onRequest?: () => void
  onRateLimited?: () => void
  onWait?: (untilEpochMs: number | null) => void
}

/**
 * In a group that refills slower than this (a basic token's 1 per 3 hours), a request finding the budget spent
 * fails with rate_limited and the time it may go, instead of holding the sync for hours.
 */
const MAX_BUDGET_WAIT_MS = 5 * 60_000
const DETAIL_LIMIT = 300
const WB_SERVICE = 'Wildberries'

/** Sends WB requests on the account's budgets, validates what comes back and names WB in every error. */
export class WbTransport {
  constructor(private readonly options: WbTransportOptions) {}

  async call<S extends z.ZodType>(route: WbRoute, schema: S, args?: WbCallArgs): Promise<z.infer<S>> {
    const body = await this.send(route, 'json', args)
    const parsed = schema.safeParse(body)
    if (!parsed.success) throw malformedResponse(WB_SERVICE, routeName(route), parsed.error)
    return parsed.data
  }

  /** A method that answers a large JSON array: it is kept as bytes and parsed and validated in runs of rows. */
  async callRows<Row>(route: WbRoute, rowSchema: z.ZodType<Row>, args?: WbCallArgs): Promise<WbRows<Row>> {
    const body = (await this.send(route, 'bytes', args)) as Buffer
    try {
      return new WbRows(new JsonArrayBytes(body), rowSchema, routeName(route))
    } catch {
      throw malformedResponse(WB_SERVICE, routeName(route), 'a JSON array')
    }
  }

  /** For methods that answer 204 with no body. */
  async callNoContent(route: WbRoute, args?: WbCallArgs): Promise<void> {
    await this.send(route, 'none', args)
  }

  private async send(route: WbRoute, expect: 'json' | 'bytes' | 'none', args: WbCallArgs = {}): Promise<unknown> {
    const { http, budgets, accountId, tokenKind, endpoints, token, signal, onRequest, onRateLimited, onWait } = this.options
    const spec = availableBudgetSpec(route, tokenKind)
    const budget = budgets.get(wbBudgetKey(accountId, route.group), spec)
    if (spec.periodMs / spec.limit > MAX_BUDGET_WAIT_MS) {
      const { available, nextTokenAt, pausedUntil } = budget.snapshot()
      if (available < 1) throw budgetExhausted(route.path, Math.max(nextTokenAt, pausedUntil ?? 0))
    }
    const errorCost = wbErrorCost(route.group)
    try {
      const response = await http.request({
        method: route.method,
        url: endpoints[route.host] + fillPath(route.path, args.pathParams),
        headers: { Authorization: token },
        expect,
        idempotent: !route.write,
        budget,
        ...(signal ? { signal } : {}),
        ...(args.query ? { query: args.query } : {}),
        ...(args.json !== undefined ? { json: args.json } : {}),
        ...(errorCost ? { errorCost } : {}),
        ...(route.timeoutMs ? { timeoutMs: route.timeoutMs } : {}),
        onAttempt: () => onRequest?.(),
        onRateLimited: () => onRateLimited?.(),
        onWait: (until) => onWait?.(until)
      })
      return response.body
    } catch (error) {
      throw withService(error, route)
    } finally {
      onWait?.(null)
    }
  }
}

/**
 * Rows of a JSON array answer; a run that is not valid JSON fails naming the method, a row not of the schema
 * naming its index in the page too.
 */
export class WbRows<Row> {
  constructor(
    private readonly array: JsonArrayBytes,
    private readonly rowSchema: z.ZodType<Row>,
    private readonly method: string
  ) {}

  /** The last row, found without reading the others. */
  last(): Row | undefined {
    const row = this.parse(() => this.array.last())
    // Its index is unknown without parsing the whole page; -1 counts from the end, as in JSONPath.
    return row === undefined ? undefined : this.validate(row, -1)
  }

  /** Every row in order, in arrays of at most `size`. */
  *runs(size: number): Generator<Row[]> {
    const runs = this.array.runs(size)
    let runStart = 0
    for (;;) {
      const next = this.parse(() => runs.next())
      if (next.done) return
      yield next.value.map((row, index) => this.validate(row, runStart + index))
      runStart += next.value.length
    }
  }

  private parse<T>(read: () => T): T {
    try {
      return read()
    } catch {
      throw malformedResponse(WB_SERVICE, this.method, 'a JSON array')
    }
  }

  private validate(row: unknown, index: number): Row {
    const parsed = this.rowSchema.safeParse(row)
    if (!parsed.success) throw malformedResponse(WB_SERVICE, this.method, parsed.error, [index])
    return parsed.data
  }
}

/** How errors name a method: `GET /api/v1/supplier/orders`. */
function routeName(route: WbRoute): string {
  return `${route.method} ${route.path}`
}

function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new RangeError(`WB path parameter ${name} is missing`)
    return encodeURIComponent(String(value))
  })
}

/** The route's limit for this kind of token; WB refuses some methods to basic tokens outright. */
export function availableBudgetSpec(route: WbRoute, tokenKind: WbTokenKind): RateBudgetSpec {
  const spec = wbBudgetSpec(route.group, tokenKind)
  if (spec) return spec
  throw new SferaError(
    'access_denied',
    'Базовому токену этот метод WB недоступен: создайте персональный токен в личном кабинете WB и укажите его в кабинете',
    { service: WB_SERVICE, method: route.path, reason: 'basic_token' }
  )
}

function budgetExhausted(method: string, retryAt: number): SferaError {
  return new SferaError('rate_limited', 'Лимит запросов этого токена к WB исчерпан, синхронизация продолжится позже', {
    service: WB_SERVICE,
    method,
    retryAt
  })
}

/**
 * Names the service and method, and carries WB's own explanation of a refusal (e.g. an order already in a supply).
 * A 2xx that is not JSON is told like any other answer not of the spec.
 */
function withService(error: unknown, route: WbRoute): unknown {
  if (!(error instanceof HttpError)) return error
  if (error.code === 'malformed_response') return malformedResponse(WB_SERVICE, routeName(route), 'a JSON body')
  const params: ErrorParams = { ...(error.params ?? {}), service: WB_SERVICE, method: route.path }
  const detail = error.status !== null && error.status >= 400 && error.status < 500 ? wbErrorDetail(error.body) : null
  if (detail) params.detail = detail
  return new SferaError(error.code, error.message, params)
}

/**
 * WB's error bodies differ by API: marketplace `{code, message, data}`, gateway problem+json `{title, detail}`,
 * content `{errorText}`, statistics `{errors: string | string[]}`.
 */
function wbErrorDetail(body: unknown): string | null {
  if (typeof body === 'string') return clip(body)
  if (typeof body !== 'object' || body === null) return null
  const { message, detail, errorText, errors } = body as Record<string, unknown>
  for (const candidate of [message, detail, errorText]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return clip(candidate)
  }
  if (typeof errors === 'string') return clip(errors)
  if (Array.isArray(errors)) return clip(errors.filter((e) => typeof e === 'string').join('; ')) || null
  return null
}

function clip(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > DETAIL_LIMIT ? `${trimmed.slice(0, DETAIL_LIMIT)}…` : trimmed
}
