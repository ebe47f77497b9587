/**
 * The HTTP face of the sandbox: every WB route (routes.ts), the photos and videos card URLs point at, and the
 * `/__sandbox/*` admin routes that tests and the bench drive it with.
 *
 * A WB request goes through: token check (401, or 403 for a basic token on a method closed to it) → faults → the
 * route group's rate limit (429) → the route, whose reply a cutConnection fault may then break off halfway. A 4xx
 * answer in a group that counts it as several requests is charged afterwards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  faultsAdminReply,
  handleRequests,
  parseJson,
  sleepLatency,
  type SandboxRequest,
  writeCutReply,
  writeReply
} from '../shared/http-server'
import { parseFaultSpec, type Faults, type Outcome } from './faults'
import { parsePhotoPath, renderPhotoSvg } from './images'
import { wbRateGroups, type WbRateGroup, type WbRateLimiters } from './rate-groups'
import { gatewayErrorReply, jsonReply, problemReply, type Reply, type StreamedReply } from './replies'
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

const MAX_NEW_ORDERS = 1000
const videoPath = /^\/videos\/(\d{1,12})\/index\.m3u8$/
const IMMUTABLE = 'public, max-age=31536000, immutable'

export function createWbRequestHandler(context: WbServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  return handleRequests({
    serve: (request) => serve(request, context),
    admin: (routeKey, body) => admin(routeKey, body, context),
    send: (res, reply) => send(res, reply, context),
    internalError: () => problemReply({ status: 500, title: 'internal server error', detail: 'sandbox failed to handle the request' }, context.now())
  })
}

async function serve({ req, res, url, routeKey, body }: SandboxRequest, context: WbServerContext): Promise<void> {
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
  if (!(await sleepLatency(plan.latencyMs, context.signal))) return
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
  const faultsReply = faultsAdminReply(routeKey, body, context.faults, parseFaultSpec)
  if (faultsReply) return faultsReply
  switch (routeKey) {
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

function send(res: ServerResponse, reply: Reply, context: WbServerContext, group?: WbRateGroup): void {
  context.stats.countReply(reply.status, group)
  writeReply(res, reply)
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

function sendCut(res: ServerResponse, reply: Reply, context: WbServerContext): void {
  context.stats.countReply(reply.status)
  writeCutReply(res, reply)
}
