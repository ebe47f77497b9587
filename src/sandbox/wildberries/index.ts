/**
 * The fake Wildberries seller API: the content, marketplace, statistics, FBW supplies and analytics routes the app
 * syncs, on one origin, over a seeded world of linked data (cards, warehouses, FBS orders and supplies, statistics
 * orders and sales, FBW supplies, stocks), with WB's auth, per-group rate limits and injectable faults. Demo mode
 * runs it inside the app; tests, e2e and the bench start one per run.
 */
import { baseOptions, listenSandbox, sizeOption } from '../shared/http-server'
import { Faults, type FaultController } from './faults'
import { uuidV4 } from './random'
import { WbRateLimiters, type RateLimitsOption } from './rate-groups'
import { wbRoutes } from './routes'
import { routeMatcher } from './routing'
import { createWbRequestHandler, StatsRecorder, type WbSandboxStats } from './server'
import { mintWbToken, type WbTokenCategory, type WbTokenKind } from './tokens'
import { createWorld, serialiseWorld } from './world'

export type { FaultController, FaultSpec } from './faults'
export type { RateLimit } from './rate-limit'
export type { RateLimitOverrides, RateLimitsOption, WbRateGroup } from './rate-groups'
export type { WbSandboxStats } from './server'
export type { WbTokenCategory, WbTokenKind } from './tokens'
export type { WbCard, WbCardsListResponse } from './types'

export interface WbSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Same seed (and start time), same world. Default 1. */
  seed?: number
  /** Default 1250. */
  cardCount?: number
  /**
   * Serialise the catalogue and the statistics feeds before serving (the ingest benchmark): answers then cost
   * the fake server what reading stored rows costs a real one. Takes about 2.5 KB a card and 0.8 KB a feed row.
   */
  serialiseAtStart?: boolean
  /** FBS assembly tasks over the last 90 days. Default 600. */
  fbsOrderCount?: number
  /** Rows of the statistics orders feed over the last 90 days. Default 3000. */
  orderCount?: number
  /** Rows of the statistics sales feed (sales and returns); at most the orders old enough to be sold. Default 2500. */
  saleCount?: number
  /** Rows per statistics page (WB's "about 80,000"). Default 80,000. */
  statisticsPageSize?: number
  /**
   * WB's limits per method group by default; `false` turns them all off; `{ group: RateLimit | false }` replaces or
   * switches off single groups (a bare RateLimit replaces the content limit).
   */
  rateLimits?: RateLimitsOption
  /** Multiplies every limit's refill interval, bursts unchanged: 0.01 makes WB's pacing a hundred times faster. Default 1. */
  rateLimitScale?: number
  /** Secret the tokens are signed with; by default derived from the seed, so tokens survive a restart. */
  tokenSecret?: string
  /** Milliseconds since the epoch; tests pass a fake clock to step through limits and expiry without sleeping. */
  now?: () => number
}

export interface SandboxTokenOptions {
  /** Default: the sandbox's seller 1. */
  sellerId?: string
  /** Default: 180 days from now, the lifetime of a real WB token. */
  expiresAt?: Date
  /** Default: the categories a seller typically grants a desktop app. */
  categories?: readonly WbTokenCategory[]
  /** Default personal. Basic tokens get WB's basic-token limits and no access to the WB-warehouse stocks report. */
  kind?: WbTokenKind
}

export interface WbSandbox {
  /** e.g. http://127.0.0.1:PORT; the base URL of every WB host (content, marketplace, statistics, supplies, analytics). */
  url: string
  port: number
  /** A valid personal token of seller 1 with every category the app uses, expiring in 180 days. */
  token: string
  /** Seller 1's UUID (the `sid` in `token`). */
  sellerId: string
  mintToken(options?: SandboxTokenOptions): string
  faults: FaultController
  /** Edits `count` cards so they come after every other card in updatedAt order; returns their nmIDs. */
  touchCards(count: number): number[]
  /**
   * Creates `count` new FBS orders now, as if buyers had just ordered; returns their ids. They spread over the
   * seller's warehouses unless `warehouseId` names one (a supply takes orders of one warehouse only).
   */
  addNewOrders(count: number, options?: { warehouseId?: number }): number[]
  stats(): WbSandboxStats
  close(): Promise<void>
}

const TOKEN_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000
const SELLER_SALT = 0x5e11e7
const DEFAULT_CATEGORIES: readonly WbTokenCategory[] = ['content', 'analytics', 'prices', 'marketplace', 'statistics', 'supplies']

export async function startWbSandbox(options: WbSandboxOptions = {}): Promise<WbSandbox> {
  const { seed, host, now, scale } = baseOptions(options)
  const sizes = {
    cardCount: sizeOption('cardCount', options.cardCount, 1250),
    fbsOrderCount: sizeOption('fbsOrderCount', options.fbsOrderCount, 600),
    orderCount: sizeOption('orderCount', options.orderCount, 3000),
    saleCount: sizeOption('saleCount', options.saleCount, 2500),
    statisticsPageSize: sizeOption('statisticsPageSize', options.statisticsPageSize, 80_000, 1)
  }
  const tokenSecret = options.tokenSecret ?? `sfera-wb-sandbox-${seed}`

  const http = await listenSandbox(options.port ?? 0, host)
  const { url } = http
  const world = createWorld({ seed, ...sizes, baseUrl: url, now })
  if (options.serialiseAtStart) {
    serialiseWorld(world)
    // Collect the garbage of building it now (when run with --expose-gc), not during the first measured sync.
    ;(globalThis as { gc?: () => void }).gc?.()
  }
  const faults = new Faults()
  const stats = new StatsRecorder()
  // No request can be dispatched before this synchronous continuation of listenSandbox() attaches the handler.
  http.server.on('request', createWbRequestHandler({
    world,
    match: routeMatcher(wbRoutes(world)),
    tokenSecret,
    limiters: new WbRateLimiters(options.rateLimits, scale, now),
    faults,
    stats,
    now,
    signal: http.signal
  }))

  const sellerId = uuidV4(seed, 1, SELLER_SALT)
  const mintToken = (tokenOptions: SandboxTokenOptions = {}): string => mintWbToken({
    secret: tokenSecret,
    sellerId: tokenOptions.sellerId ?? sellerId,
    expiresAt: tokenOptions.expiresAt ?? new Date(now() + TOKEN_LIFETIME_MS),
    categories: tokenOptions.categories ?? DEFAULT_CATEGORIES,
    kind: tokenOptions.kind ?? 'personal'
  })

  return {
    url,
    port: http.port,
    token: mintToken(),
    sellerId,
    mintToken,
    faults,
    touchCards: (touched) => world.cards.touch(touched),
    addNewOrders: (added, orderOptions) => world.desk.addNewOrders(added, orderOptions?.warehouseId),
    stats: () => stats.snapshot(),
    close: () => http.close()
  }
}
