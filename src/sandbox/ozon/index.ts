/**
 * The fake Ozon Seller API (api-seller.ozon.ru, which offers no test environment): the catalogue, stock,
 * warehouse, FBS/FBO posting and account methods the app syncs, over a seeded world of linked data, with Ozon's
 * Client-Id / Api-Key auth, its 50-requests-a-second limit per Client-Id, rpcStatus errors and injectable faults.
 * Demo mode runs it inside the app; tests, e2e and the bench start one per run.
 */
import { baseOptions, listenSandbox, sizeOption } from '../shared/http-server'
import { KeyRing, type MintKeyOptions } from './auth'
import { Faults, type FaultController } from './faults'
import { limiterOf, type OzonRateLimitsOption } from './rate-limit'
import { ozonRoutes } from './routes'
import { routeTable } from './routing'
import { createOzonRequestHandler, StatsRecorder, type OzonSandboxStats } from './server'
import { OzonWorld } from './world'

export type { MintKeyOptions, OzonRole } from './auth'
export type { FaultController, FaultSpec } from './faults'
export type { OzonRateLimit, OzonRateLimitsOption } from './rate-limit'
export type { OzonSandboxStats } from './server'

export interface OzonSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Same seed (and start time), same world. Default 1. */
  seed?: number
  /** Products in the catalogue. Default 500. */
  products?: number
  /** FBS and FBO postings over the last 90 days, 60% FBS. Default 1000. */
  postings?: number
  /** Ozon's 50 requests a second per Client-Id by default; `false` turns it off; `{ perSecond }` replaces it. */
  rateLimits?: OzonRateLimitsOption
  /** Multiplies the limit's one-second window: 0.01 lets 50 requests through every 10 ms. Default 1. */
  rateLimitScale?: number
  /** Milliseconds since the epoch; tests pass a fake clock to step through limits and expiry without sleeping. */
  now?: () => number
}

export interface OzonSandbox {
  /** e.g. http://127.0.0.1:PORT, standing for https://api-seller.ozon.ru. */
  url: string
  port: number
  /** The seller's Client-Id header value. */
  clientId: string
  /** A valid Api-Key of the seller with the `Admin` role (every method), expiring six months after it was issued (20 days ago). */
  apiKey: string
  /** Another key: other roles, another expiry, revoked, or for another Client-Id (which has its own limit). */
  mintKey(options?: MintKeyOptions): string
  faults: FaultController
  /** Edits `count` products (a new name, updated_at now), taking them in turn; returns their product_ids. */
  touchProducts(count: number): number[]
  /** Creates `count` FBS postings awaiting packaging now, in one working warehouse if given; returns their numbers. */
  addNewPostings(count: number, options?: { warehouseId?: number }): string[]
  stats(): OzonSandboxStats
  close(): Promise<void>
}

const FBS_SHARE = 0.6

export async function startOzonSandbox(options: OzonSandboxOptions = {}): Promise<OzonSandbox> {
  const { seed, host, now, scale } = baseOptions(options)
  const productCount = sizeOption('products', options.products, 500)
  const postingCount = sizeOption('postings', options.postings, 1000)
  const limiter = limiterOf(options.rateLimits, scale, now)

  const http = await listenSandbox(options.port ?? 0, host)
  const { url } = http
  const fbsPostingCount = Math.round(postingCount * FBS_SHARE)
  const world = new OzonWorld({ seed, productCount, fbsPostingCount, fboPostingCount: postingCount - fbsPostingCount, baseUrl: url, now })
  const keys = new KeyRing(seed, now)
  const faults = new Faults()
  const stats = new StatsRecorder()
  // No request can be dispatched before this synchronous continuation of listenSandbox() attaches the handler.
  http.server.on('request', createOzonRequestHandler({
    world,
    routes: routeTable(ozonRoutes(world)),
    keys,
    limiter,
    faults,
    stats,
    now,
    signal: http.signal
  }))

  return {
    url,
    port: http.port,
    clientId: keys.clientId,
    apiKey: keys.apiKey,
    mintKey: (keyOptions) => keys.mint(keyOptions),
    faults,
    touchProducts: (touched) => world.touchProducts(touched),
    addNewPostings: (added, postingOptions) => world.addNewPostings(added, postingOptions?.warehouseId),
    stats: () => stats.snapshot(),
    close: () => http.close()
  }
}
