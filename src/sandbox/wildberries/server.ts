/**
 * The HTTP face of the sandbox: every WB route (routes.ts), the photos and videos card URLs point at, and the
 * `/__sandbox/*` admin routes that tests and the bench drive it with.
 *
 * A WB request goes through: token check (401, or 403 for a basic token on a method closed to it) → faults → the
 * route group's rate limit (429) → the route, whose reply a cutConnection fault may then break off halfway. A 4xx
 * answer in a group that counts it as several requests is charged afterwards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { parseFaultSpec, type Faults, type Outcome } from './faults'
import { parsePhotoPath, renderPhotoSvg } from './images'
import { wbRateGroups, type WbRateGroup, type WbRateLimiters } from './rate-groups'
import { gatewayErrorReply, jsonReply, noContentReply, problemReply, replyByteLength, replyBytes, type Reply, type StreamedReply } from './replies'
import type { RouteMatch, WbRoute } from './routing'
import { verifyWbToken, type WbTokenTier } from './tokens'
import type { WbWorld } from './world'

export interface WbSandboxStats {
  /** Requests per route, e.g. `POST /content/v2/get/cards/list`, `GET /api/v3/supplies/{supplyId}`; photos count as `GET /images`. */
  requests: Record<string, number>
  /** Every 429 sent, by a limiter or by a fault. */
  tooManyRequests: number
  /** The same 429s by rate-limit group. */
  tooManyRequestsByGroup: Partial<Record<WbRateGroup, number>>
}

export class StatsRecorder {
  private readonly requests = new Map<string, number>()
  private readonly byGroup = new Map<WbRateGroup, number>()
  private tooManyRequests = 0

  count(route: string): void {
    this.requests.set(route, (this.requests.get(route) ?? 0) + 1)
  }

  countReply(status: number, group?: WbRateGroup): void {
    if (status !== 429) return
    this.tooManyRequests += 1
    if (group) this.byGroup.set(group, (this.byGroup.get(group) ?? 0) + 1)
  }

  snapshot(): WbSandboxStats {
    return {
      requests: Object.fromEntries(this.requests),
      tooManyRequests: this.tooManyRequests,
      tooManyRequestsByGroup: Object.fromEntries(this.byGroup)
    }
  }
}

export interface WbServerContext {
  world: WbWorld
  match: (method: string, pathname: string) => RouteMatch | undefined
  tokenSecret: string
  limiters: WbRateLimiters
  faults: Faults
  stats: StatsRecorder
  now: () => number
  /** Aborted on close, so injected latency does not outlive the server. */
  signal: AbortSignal
}

const MAX_BODY_BYTES = 1024 * 1024
const MAX_NEW_ORDERS = 1000
const videoPath = /^\/videos\/(\d{1,12})\/index\.m3u8$/
const IMMUTABLE = 'public, max-age=31536000, immutable'

export function createWbRequestHandler(context: WbServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, context).catch(() => {
      if (res.headersSent) res.destroy()
      else send(res, problemReply({ status: 500, title: 'internal server error', detail: 'sandbox failed to handle the request' }, context.now()), context)
    })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, context: WbServerContext): Promise<void> {
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
  const matched = context.match(req.method ?? '', url.pathname)
  if (matched) {
    context.stats.count(`${matched.route.method} ${matched.route.path}`)
    await serveWbRoute(req, res, { ...matched, query: url.searchParams, body }, context)
    return
  }
  if (req.method === 'GET') {
    const media = mediaReply(url.pathname, context)
    if (media) {
      send(res, media, context)
      return
    }
  }
  context.stats.count('unmatched')
  send(res, notFound(routeKey, context), context)
}

interface MatchedRequest extends RouteMatch {
  query: URLSearchParams
  body: string
}

async function serveWbRoute(req: IncomingMessage, res: ServerResponse, request: MatchedRequest, context: WbServerContext): Promise<void> {
  const { route } = request
  const nowMs = context.now()
  const token = verifyWbToken(req.headers.authorization, {
    secret: context.tokenSecret,
    nowMs,
    ...(route.category ? { category: route.category } : {})
  })
  if (!token.ok) {
    send(res, problemReply({ status: 401, title: 'unauthorized', detail: token.detail, origin: route.authOrigin }, nowMs), context)
    return
  }
  if (token.tier === 'basic' && wbRateGroups[route.group].basic === 'forbidden') {
    send(res, problemReply({
      status: 403,
      title: 'forbidden',
      detail: 'base token is not allowed',
      code: 'base token is not allowed for this path',
      origin: route.authOrigin
    }, nowMs), context)
    return
  }
  const sellerId = token.claims.sid
  const plan = context.faults.next()
  if (plan.latencyMs > 0) {
    const slept = await delay(plan.latencyMs, true, { signal: context.signal }).catch(() => false)
    if (!slept) return
  }
  if (plan.outcome && plan.outcome.kind !== 'cutConnection') {
    send(res, faultReply(plan.outcome, sellerId, route, token.tier, context), context, route.group)
    return
  }
  const decision = context.limiters.take(route.group, token.tier, sellerId)
  if (decision && !decision.allowed) {
    send(res, tooManyRequests(route, sellerId, {
      retrySeconds: decision.retrySeconds,
      burst: decision.burst,
      resetSeconds: decision.resetSeconds
    }, context.now()), context, route.group)
    return
  }
  const reply = route.handle({ params: request.params, query: request.query, body: request.body, nowMs: context.now() })
  if (reply.status >= 400 && reply.status < 500) context.limiters.chargeClientError(route.group, token.tier, sellerId)
  if (decision) reply.headers['X-Ratelimit-Remaining'] = String(decision.remaining)
  const cut = plan.outcome?.kind === 'cutConnection'
  if ('chunks' in reply) await sendStreamed(res, reply, context, cut)
  else if (cut) sendCut(res, reply, context)
  else send(res, reply, context, route.group)
}

function tooManyRequests(
  route: WbRoute,
  sellerId: string,
  wait: { retrySeconds: number; burst: number; resetSeconds: number },
  nowMs: number
): Reply {
  return problemReply({
    status: 429,
    title: 'too many requests',
    detail: `limited by ${sellerId}`,
    origin: route.authOrigin,
    headers: {
      'X-Ratelimit-Retry': String(wait.retrySeconds),
      'X-Ratelimit-Limit': String(wait.burst),
      'X-Ratelimit-Reset': String(wait.resetSeconds)
    }
  }, nowMs)
}

function faultReply(
  outcome: Exclude<Outcome, { kind: 'cutConnection' }>,
  sellerId: string,
  route: WbRoute,
  tier: WbTokenTier,
  context: WbServerContext
): Reply {
  switch (outcome.kind) {
    case 'status5xx': {
      const status = outcome.status ?? 503
      return status === 500
        ? problemReply({ status: 500, title: 'internal server error', detail: 'sandbox fault: internal error', origin: route.authOrigin }, context.now())
        : gatewayErrorReply(status)
    }
    case 'status429': {
      // Shaped like the limiter's own 429 for this group and token.
      const limits = wbRateGroups[route.group]
      const limit = tier === 'basic' && limits.basic !== 'forbidden' ? limits.basic : limits.personal
      const retrySeconds = outcome.retrySeconds ?? 1
      return tooManyRequests(route, sellerId, { retrySeconds, burst: limit.burst, resetSeconds: retrySeconds }, context.now())
    }
    case 'malformedBody':
      return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"cards":[{"nmID":1234,"title":"Плат' }
  }
}

function mediaReply(pathname: string, context: WbServerContext): Reply | undefined {
  const photo = parsePhotoPath(pathname)
  if (photo) {
    context.stats.count('GET /images')
    const tile = context.world.cards.photoTile(photo.nmId, photo.number)
    if (!tile) return notFound(`GET ${pathname}`, context)
    return { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': IMMUTABLE }, body: renderPhotoSvg(photo.size, tile) }
  }
  const video = videoPath.exec(pathname)
  if (video) {
    context.stats.count('GET /videos')
    if (!context.world.cards.hasCard(Number(video[1]))) return notFound(`GET ${pathname}`, context)
    // A valid, empty VOD playlist: enough for a player to load without the sandbox shipping video.
    const playlist = '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-ENDLIST\n'
    return { status: 200, headers: { 'Content-Type': 'application/vnd.apple.mpegurl', 'Cache-Control': IMMUTABLE }, body: playlist }
  }
  return undefined
}

function admin(routeKey: string, body: string, context: WbServerContext): Reply {
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
    case 'POST /__sandbox/cards/touch': {
      const count = (parseJson(body) as { count?: unknown } | undefined)?.count
      if (!Number.isInteger(count) || (count as number) < 1) return jsonReply(400, { error: 'count must be a positive integer' })
      return jsonReply(200, { touched: context.world.cards.touch(count as number) })
    }
    case 'POST /__sandbox/orders/new': {
      const { count, warehouseId } = (parseJson(body) ?? {}) as { count?: unknown; warehouseId?: unknown }
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_NEW_ORDERS) {
        return jsonReply(400, { error: `count must be an integer from 1 to ${MAX_NEW_ORDERS}` })
      }
      if (warehouseId !== undefined && !context.world.sellerWarehouses.some((warehouse) => warehouse.id === warehouseId)) {
        return jsonReply(400, { error: 'warehouseId must be one of the seller warehouses (GET /api/v3/warehouses)' })
      }
      return jsonReply(200, { orders: context.world.desk.addNewOrders(count as number, warehouseId as number | undefined) })
    }
    case 'GET /__sandbox/stats':
      return jsonReply(200, context.stats.snapshot())
    default:
      return notFound(routeKey, context)
  }
}

function notFound(routeKey: string, context: WbServerContext): Reply {
  return problemReply({ status: 404, title: 'not found', detail: `no route for ${routeKey}` }, context.now())
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

function send(res: ServerResponse, reply: Reply, context: WbServerContext, group?: WbRateGroup): void {
  context.stats.countReply(reply.status, group)
  const length = reply.status === 204 ? {} : { 'Content-Length': replyByteLength(reply.body) }
  res.writeHead(reply.status, { ...reply.headers, ...length })
  if (typeof reply.body === 'string' || Buffer.isBuffer(reply.body)) {
    res.end(reply.body)
    return
  }
  // Corked, the parts leave in one writev.
  res.cork()
  for (const part of reply.body) res.write(part)
  res.end()
}

/** Chunked; a cut connection gets the headers and the first chunk, then the socket is destroyed. */
async function sendStreamed(res: ServerResponse, reply: StreamedReply, context: WbServerContext, cut: boolean): Promise<void> {
  context.stats.countReply(reply.status)
  res.writeHead(reply.status, reply.headers)
  for (const chunk of reply.chunks) {
    if (cut) {
      res.write(chunk, () => res.destroy())
      return
    }
    if (!res.write(chunk)) await drainedOrClosed(res)
    if (res.destroyed) return
  }
  res.end()
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** Promises the whole body, sends half of it, then drops the connection. */
function sendCut(res: ServerResponse, reply: Reply, context: WbServerContext): void {
  context.stats.countReply(reply.status)
  const body = replyBytes(reply.body)
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length })
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
}
