/**
 * The HTTP face of the Ozon sandbox: every method (routes.ts), the product images, and the `/__sandbox/*` admin
 * routes tests and the bench drive it with.
 *
 * A method request goes through: Client-Id / Api-Key check (auth.ts) → faults → the per-Client-Id limit (429) →
 * body decoding and validation (400) → the method, whose reply a cutConnection fault may then break off halfway.
 * An unknown path is 404 `{code: 5, message: "Not Found"}` and a GET of a method 405, as grpc-gateway answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  faultsAdminReply,
  handleRequests,
  parseJson,
  sleepLatency,
  writeCutReply,
  writeReply,
  type SandboxReply,
  type SandboxRequest
} from '../shared/http-server'
import type { KeyRing } from './auth'
import { parseFaultSpec, type Faults, type Outcome } from './faults'
import { parseImagePath, renderImageSvg } from './images'
import type { PerSecondLimiter } from './rate-limit'
import { gatewayErrorReply, invalidArgumentReply, jsonReply, rateLimitedReply, rpcStatusReply, RpcCode, type Reply } from './replies'
import { parseBody, RequestError } from './request-parsing'
import type { OzonRoute } from './routing'
import type { OzonWorld } from './world'

export interface OzonSandboxStats {
  /** Requests per method, e.g. `POST /v3/product/list`; images count as `GET /images`, anything else as `unmatched`. */
  requests: Record<string, number>
  /** Every 429 sent, by the limiter or by a fault. */
  tooManyRequests: number
  /** Answers by HTTP status. */
  statuses: Record<string, number>
}

export class StatsRecorder {
  private readonly requests = new Map<string, number>()
  private readonly statuses = new Map<number, number>()

  count(route: string): void {
    this.requests.set(route, (this.requests.get(route) ?? 0) + 1)
  }

  countReply(status: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1)
  }

  snapshot(): OzonSandboxStats {
    return {
      requests: Object.fromEntries(this.requests),
      tooManyRequests: this.statuses.get(429) ?? 0,
      statuses: Object.fromEntries([...this.statuses].map(([status, count]) => [String(status), count]))
    }
  }
}

export interface OzonServerContext {
  world: OzonWorld
  routes: ReadonlyMap<string, OzonRoute>
  keys: KeyRing
  limiter: PerSecondLimiter | undefined
  faults: Faults
  stats: StatsRecorder
  now: () => number
  /** Aborted on close, so injected latency does not outlive the server. */
  signal: AbortSignal
}

const MAX_NEW_POSTINGS = 1000
const MAX_TOUCHED = 100_000
const IMMUTABLE = 'public, max-age=31536000, immutable'

export function createOzonRequestHandler(context: OzonServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  return handleRequests({
    serve: (request) => serve(request, context),
    admin: (routeKey, body) => admin(routeKey, body, context),
    send: (res, reply) => send(res, reply, context),
    internalError: () => rpcStatusReply(500, RpcCode.internal, 'Internal error')
  })
}

async function serve({ req, res, url, body }: SandboxRequest, context: OzonServerContext): Promise<void> {
  const route = context.routes.get(url.pathname)
  if (route && req.method === 'POST') {
    context.stats.count(`POST ${route.path}`)
    await serveMethod(req, res, route, body, context)
    return
  }
  if (route) {
    context.stats.count('unmatched')
    send(res, rpcStatusReply(405, RpcCode.unimplemented, 'Method Not Allowed'), context)
    return
  }
  if (req.method === 'GET') {
    const image = imageReply(url.pathname, context)
    if (image) {
      send(res, image, context)
      return
    }
  }
  context.stats.count('unmatched')
  send(res, rpcStatusReply(404, RpcCode.notFound, 'Not Found'), context)
}

async function serveMethod(req: IncomingMessage, res: ServerResponse, route: OzonRoute, body: string, context: OzonServerContext): Promise<void> {
  const auth = context.keys.check(req.headers, route.path, route.needsRole)
  if (!auth.ok) {
    send(res, auth.reply, context)
    return
  }
  const plan = context.faults.next(route.path)
  if (!(await sleepLatency(plan.latencyMs, context.signal))) return
  if (plan.outcome && plan.outcome.kind !== 'cutConnection') {
    send(res, faultReply(plan.outcome), context)
    return
  }
  if (context.limiter && !context.limiter.take(auth.key.clientId)) {
    send(res, rateLimitedReply(), context)
    return
  }
  let reply: Reply
  try {
    reply = route.handle({ body: parseBody(body), nowMs: context.now(), key: auth.key })
  } catch (error) {
    if (!(error instanceof RequestError)) throw error
    reply = invalidArgumentReply(error.message)
  }
  if (plan.outcome?.kind === 'cutConnection') sendCut(res, reply, context)
  else send(res, reply, context)
}

function faultReply(outcome: Exclude<Outcome, { kind: 'cutConnection' }>): Reply {
  switch (outcome.kind) {
    case 'status5xx': {
      const status = outcome.status ?? 503
      return status === 500 ? rpcStatusReply(500, RpcCode.internal, 'Internal error') : gatewayErrorReply(status)
    }
    case 'circleOpen':
      return rpcStatusReply(outcome.status ?? 503, RpcCode.unavailable, 'Circle is open')
    case 'status429':
      return rateLimitedReply()
    case 'malformedBody':
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"result":{"items":[{"product_id":1234,"offer_id":"Плат' }
  }
}

function imageReply(pathname: string, context: OzonServerContext): Reply | undefined {
  const image = parseImagePath(pathname)
  if (!image) return undefined
  context.stats.count('GET /images')
  const product = context.world.productById(image.productId)
  if (!product || image.number < 1 || image.number > product.imageCount) return rpcStatusReply(404, RpcCode.notFound, 'Not Found')
  return {
    status: 200,
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': IMMUTABLE },
    body: renderImageSvg({ initials: product.type.initials, caption: product.type.noun, hue: product.hue, number: image.number, total: product.imageCount })
  }
}

function admin(routeKey: string, body: string, context: OzonServerContext): SandboxReply {
  const faultsReply = faultsAdminReply(routeKey, body, context.faults, parseFaultSpec)
  if (faultsReply) return faultsReply
  switch (routeKey) {
    case 'POST /__sandbox/products/touch': {
      const count = (parseJson(body) as { count?: unknown } | undefined)?.count
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_TOUCHED) {
        return jsonReply(400, { error: `count must be an integer from 1 to ${MAX_TOUCHED}` })
      }
      return jsonReply(200, { touched: context.world.touchProducts(count as number) })
    }
    case 'POST /__sandbox/postings/new': {
      const { count, warehouseId } = (parseJson(body) ?? {}) as { count?: unknown; warehouseId?: unknown }
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_NEW_POSTINGS) {
        return jsonReply(400, { error: `count must be an integer from 1 to ${MAX_NEW_POSTINGS}` })
      }
      if (warehouseId !== undefined && (typeof warehouseId !== 'number' || context.world.sellerWarehouse(warehouseId)?.status !== 'created')) {
        return jsonReply(400, { error: 'warehouseId must be a working seller warehouse (POST /v2/warehouse/list)' })
      }
      return jsonReply(200, { postings: context.world.addNewPostings(count as number, warehouseId as number | undefined) })
    }
    case 'GET /__sandbox/stats':
      return jsonReply(200, context.stats.snapshot())
    default:
      return rpcStatusReply(404, RpcCode.notFound, 'Not Found')
  }
}

function send(res: ServerResponse, reply: SandboxReply, context: OzonServerContext): void {
  context.stats.countReply(reply.status)
  writeReply(res, reply)
}

function sendCut(res: ServerResponse, reply: SandboxReply, context: OzonServerContext): void {
  context.stats.countReply(reply.status)
  writeCutReply(res, reply)
}
