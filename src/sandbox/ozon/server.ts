/**
 * The HTTP face of the Ozon sandbox: every method (routes.ts), the product images, and the `/__sandbox/*` admin
 * routes tests and the bench drive it with.
 *
 * A method request goes through: Client-Id / Api-Key check (auth.ts) → faults → the per-Client-Id limit (429) →
 * body decoding and validation (400) → the method, whose reply a cutConnection fault may then break off halfway.
 * An unknown path is 404 `{code: 5, message: "Not Found"}` and a GET of a method 405, as grpc-gateway answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import type { KeyRing } from './auth'
import { parseFaultSpec, type Faults, type Outcome } from './faults'
import { parseImagePath, renderImageSvg } from './images'
import type { PerSecondLimiter } from './rate-limit'
import { gatewayErrorReply, invalidArgumentReply, jsonReply, noContentReply, rateLimitedReply, rpcStatusReply, RpcCode, type Reply } from './replies'
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

const MAX_BODY_BYTES = 1024 * 1024
const MAX_NEW_POSTINGS = 1000
const MAX_TOUCHED = 100_000
const IMMUTABLE = 'public, max-age=31536000, immutable'

export function createOzonRequestHandler(context: OzonServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, context).catch(() => {
      if (res.headersSent) res.destroy()
      else send(res, rpcStatusReply(500, RpcCode.internal, 'Internal error'), context)
    })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, context: OzonServerContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
  const routeKey = `${req.method} ${url.pathname}`
  const body = await readBody(req)
  if (body === undefined) {
    send(res, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Request body too large' }, context)
    return
  }
  if (url.pathname.startsWith('/__sandbox/') && isLoopback(req.socket.remoteAddress)) {
    send(res, admin(routeKey, body, context), context)
    return
  }
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
  if (plan.latencyMs > 0) {
    const slept = await delay(plan.latencyMs, true, { signal: context.signal }).catch(() => false)
    if (!slept) return
  }
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

function admin(routeKey: string, body: string, context: OzonServerContext): Reply {
  switch (routeKey) {
    case 'POST /__sandbox/faults': {
      const fault = parseFaultSpec(parseJson(body))
      if (typeof fault === 'string') return jsonReply(400, { error: fault })
      context.faults.inject(fault)
      return jsonReply(200, { pending: context.faults.pending() })
    }
    case 'DELETE /__sandbox/faults':
      context.faults.clear()
      return noContentReply()
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

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
}

/** The request body, or undefined when it is larger than any request the sandbox serves. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  return size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined
}

function send(res: ServerResponse, reply: Reply, context: OzonServerContext): void {
  context.stats.countReply(reply.status)
  const length = reply.status === 204 ? {} : { 'Content-Length': Buffer.byteLength(reply.body) }
  res.writeHead(reply.status, { ...reply.headers, ...length })
  res.end(reply.body)
}

/** Promises the whole body, sends half of it, then drops the connection. */
function sendCut(res: ServerResponse, reply: Reply, context: OzonServerContext): void {
  context.stats.countReply(reply.status)
  const body = Buffer.from(reply.body)
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length })
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
}
