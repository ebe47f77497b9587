/**
 * The HTTP face of the sandbox: WB's content routes (`POST /content/v2/get/cards/list`, `GET /ping`), the photos
 * and videos card URLs point at, and the `/__sandbox/*` admin routes that tests and the bench drive it with.
 *
 * A WB request goes through: token check (401) → faults → rate limit (429) → the route, whose reply a
 * cutConnection fault may then break off halfway.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import type { CardStore } from './cards'
import { parseCardsListRequest } from './cards-request'
import { parseFaultSpec, type Faults, type Outcome } from './faults'
import { parsePhotoPath, renderPhotoSvg } from './images'
import type { TokenBucketLimiter } from './rate-limit'
import {
  contentErrorReply, gatewayErrorReply, jsonReply, problemReply, undecodableBodyReply, type Reply
} from './replies'
import { verifyWbToken } from './tokens'
import type { WbCardsListResponse } from './types'

export interface WbSandboxStats {
  /** Requests per route, e.g. `POST /content/v2/get/cards/list`; photos count as `GET /images`. */
  requests: Record<string, number>
  /** Every 429 sent, by the limiter or by a fault. */
  tooManyRequests: number
}

export class StatsRecorder {
  private readonly requests = new Map<string, number>()
  private tooManyRequests = 0

  count(route: string): void {
    this.requests.set(route, (this.requests.get(route) ?? 0) + 1)
  }

  countReply(status: number): void {
    if (status === 429) this.tooManyRequests += 1
  }

  snapshot(): WbSandboxStats {
    return { requests: Object.fromEntries(this.requests), tooManyRequests: this.tooManyRequests }
  }
}

export interface WbServerContext {
  store: CardStore
  tokenSecret: string
  /** Absent when rate limits are switched off. */
  limiter?: TokenBucketLimiter
  pingLimiter?: TokenBucketLimiter
  /** Burst reported by forced 429s, so they look like the limiter's own. */
  burst: number
  faults: Faults
  stats: StatsRecorder
  now: () => number
  /** Aborted on close, so injected latency does not outlive the server. */
  signal: AbortSignal
}

const MAX_BODY_BYTES = 1024 * 1024
const CARDS_LIST = 'POST /content/v2/get/cards/list'
const PING = 'GET /ping'
const videoPath = /^\/videos\/(\d{1,12})\/index\.m3u8$/
const IMMUTABLE = 'public, max-age=31536000, immutable'

type Route = (body: string, context: WbServerContext) => Reply

const wbRoutes: Record<string, Route> = { [CARDS_LIST]: listCards, [PING]: ping }

export function createWbRequestHandler(context: WbServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, context).catch(() => {
      if (res.headersSent) res.destroy()
      else send(res, problemReply(500, 'internal server error', 'sandbox failed to handle the request', context.now()), context)
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
  const route = wbRoutes[routeKey]
  if (route) {
    context.stats.count(routeKey)
    await serveWbRoute(req, res, body, route, routeKey === PING ? context.pingLimiter : context.limiter, context)
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

async function serveWbRoute(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  route: Route,
  limiter: TokenBucketLimiter | undefined,
  context: WbServerContext
): Promise<void> {
  const token = verifyWbToken(req.headers.authorization, { secret: context.tokenSecret, nowMs: context.now(), category: 'content' })
  if (!token.ok) {
    send(res, problemReply(401, 'unauthorized', token.detail, context.now()), context)
    return
  }
  const plan = context.faults.next()
  if (plan.latencyMs > 0) {
    const slept = await delay(plan.latencyMs, true, { signal: context.signal }).catch(() => false)
    if (!slept) return
  }
  if (plan.outcome && plan.outcome.kind !== 'cutConnection') {
    send(res, faultReply(plan.outcome, token.claims.sid, context), context)
    return
  }
  const decision = limiter?.take(token.claims.sid)
  if (decision && !decision.allowed) {
    send(res, problemReply(429, 'too many requests', `limited by ${token.claims.sid}`, context.now(), {
      'X-Ratelimit-Retry': String(decision.retrySeconds),
      'X-Ratelimit-Limit': String(decision.burst),
      'X-Ratelimit-Reset': String(decision.resetSeconds)
    }), context)
    return
  }
  const reply = route(body, context)
  if (decision) reply.headers['X-Ratelimit-Remaining'] = String(decision.remaining)
  if (plan.outcome?.kind === 'cutConnection') sendCut(res, reply, context)
  else send(res, reply, context)
}

function listCards(body: string, context: WbServerContext): Reply {
  const request = parseCardsListRequest(body)
  if (!request.ok) {
    return request.undecodable
      ? undecodableBodyReply()
      : contentErrorReply('Invalid request parameters', { [request.field]: request.problem })
  }
  const cards = context.store.list(request.query)
  const last = cards.at(-1)
  const response: WbCardsListResponse = {
    cards,
    // An empty page echoes the request's cursor, so a client that stores the last cursor never loses its place.
    cursor: last
      ? { updatedAt: last.updatedAt, nmID: last.nmID, total: cards.length }
      : { ...request.requestCursor, total: 0 }
  }
  return jsonReply(200, response)
}

function ping(_body: string, context: WbServerContext): Reply {
  return jsonReply(200, { TS: new Date(context.now()).toISOString(), Status: 'OK' })
}

function faultReply(outcome: Exclude<Outcome, { kind: 'cutConnection' }>, sellerId: string, context: WbServerContext): Reply {
  switch (outcome.kind) {
    case 'status5xx': {
      const status = outcome.status ?? 503
      return status === 500
        ? problemReply(500, 'internal server error', 'sandbox fault: internal error', context.now())
        : gatewayErrorReply(status)
    }
    case 'status429': {
      const retry = String(outcome.retrySeconds ?? 1)
      return problemReply(429, 'too many requests', `limited by ${sellerId}`, context.now(), {
        'X-Ratelimit-Retry': retry,
        'X-Ratelimit-Limit': String(context.burst),
        'X-Ratelimit-Reset': retry
      })
    }
    case 'malformedBody':
      return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"cards":[{"nmID":1234,"title":"Плат' }
  }
}

function mediaReply(pathname: string, context: WbServerContext): Reply | undefined {
  const photo = parsePhotoPath(pathname)
  if (photo) {
    context.stats.count('GET /images')
    const tile = context.store.photoTile(photo.nmId, photo.number)
    if (!tile) return notFound(`GET ${pathname}`, context)
    return { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': IMMUTABLE }, body: renderPhotoSvg(photo.size, tile) }
  }
  const video = videoPath.exec(pathname)
  if (video) {
    context.stats.count('GET /videos')
    if (!context.store.hasCard(Number(video[1]))) return notFound(`GET ${pathname}`, context)
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
      return { status: 204, headers: {}, body: '' }
    case 'POST /__sandbox/cards/touch': {
      const count = (parseJson(body) as { count?: unknown } | undefined)?.count
      if (!Number.isInteger(count) || (count as number) < 1) return jsonReply(400, { error: 'count must be a positive integer' })
      return jsonReply(200, { touched: context.store.touch(count as number) })
    }
    case 'GET /__sandbox/stats':
      return jsonReply(200, context.stats.snapshot())
    default:
      return notFound(routeKey, context)
  }
}

function notFound(routeKey: string, context: WbServerContext): Reply {
  return problemReply(404, 'not found', `no route for ${routeKey}`, context.now())
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

function send(res: ServerResponse, reply: Reply, context: WbServerContext): void {
  context.stats.countReply(reply.status)
  const length = reply.status === 204 ? {} : { 'Content-Length': Buffer.byteLength(reply.body) }
  res.writeHead(reply.status, { ...reply.headers, ...length })
  res.end(reply.body)
}

/** Promises the whole body, sends half of it, then drops the connection. */
function sendCut(res: ServerResponse, reply: Reply, context: WbServerContext): void {
  context.stats.countReply(reply.status)
  const body = Buffer.from(reply.body)
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length })
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
}
