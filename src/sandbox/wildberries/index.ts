/**
 * The fake Wildberries content API: seeded cards behind the real route and auth, with WB's rate limits and
 * injectable faults. Demo mode runs it inside the app; tests, e2e and the bench start one per run.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CardStore } from './cards'
import { Faults, type FaultController } from './faults'
import { uuidV4 } from './random'
import { contentRateLimit, TokenBucketLimiter, type RateLimit } from './rate-limit'
import { createWbRequestHandler, StatsRecorder, type WbSandboxStats } from './server'
import { mintWbToken, type WbTokenCategory } from './tokens'

export type { FaultController, FaultSpec } from './faults'
export type { RateLimit } from './rate-limit'
export type { WbSandboxStats } from './server'
export type { WbTokenCategory } from './tokens'
export type { WbCard, WbCardsListResponse } from './types'

export interface WbSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Same seed, same catalogue. Default 1. */
  seed?: number
  /** Default 1250. */
  cardCount?: number
  /** WB's content limits (100/min, burst 5) by default; `false` for benchmarks, or other values. */
  rateLimits?: boolean | RateLimit
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
  categories?: readonly WbTokenCategory[]
}

export interface WbSandbox {
  /** e.g. http://127.0.0.1:PORT; use it as the content API base URL. */
  url: string
  port: number
  /** A valid personal token of seller 1, expiring in 180 days. */
  token: string
  /** Seller 1's UUID (the `sid` in `token`). */
  sellerId: string
  mintToken(options?: SandboxTokenOptions): string
  faults: FaultController
  /** Edits `count` cards so they come after every other card in updatedAt order; returns their nmIDs. */
  touchCards(count: number): number[]
  stats(): WbSandboxStats
  close(): Promise<void>
}

const TOKEN_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000
const SELLER_SALT = 0x5e11e7
/** The categories a seller typically grants a desktop app. */
const DEFAULT_CATEGORIES: readonly WbTokenCategory[] = ['content', 'analytics', 'prices', 'marketplace', 'statistics', 'supplies']
/** WB's /ping allows 3 requests per 30 seconds (01-general.yaml); the sandbox counts them per seller. */
const pingRateLimit: RateLimit = { perMinute: 6, burst: 3 }

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function resolveRateLimit(option: WbSandboxOptions['rateLimits']): RateLimit | undefined {
  if (option === false) return undefined
  return option === true || option === undefined ? contentRateLimit : option
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

export async function startWbSandbox(options: WbSandboxOptions = {}): Promise<WbSandbox> {
  const seed = options.seed ?? 1
  const cardCount = options.cardCount ?? 1250
  const host = options.host ?? '127.0.0.1'
  const now = options.now ?? Date.now
  if (!Number.isSafeInteger(seed)) throw new Error('seed must be an integer')
  if (!Number.isSafeInteger(cardCount) || cardCount < 0) throw new Error('cardCount must be a non-negative integer')
  const rateLimit = resolveRateLimit(options.rateLimits)
  const tokenSecret = options.tokenSecret ?? `sfera-wb-sandbox-${seed}`

  const server = createServer()
  const address = await listen(server, options.port ?? 0, host)
  const url = `http://${urlHost(host)}:${address.port}`
  const store = new CardStore({ seed, cardCount, baseUrl: url, now })
  const faults = new Faults()
  const stats = new StatsRecorder()
  const closing = new AbortController()
  // No request can be dispatched before this synchronous continuation of listen() attaches the handler.
  server.on('request', createWbRequestHandler({
    store,
    tokenSecret,
    ...(rateLimit ? { limiter: new TokenBucketLimiter(rateLimit, now), pingLimiter: new TokenBucketLimiter(pingRateLimit, now) } : {}),
    burst: (rateLimit ?? contentRateLimit).burst,
    faults,
    stats,
    now,
    signal: closing.signal
  }))

  const sellerId = uuidV4(seed, 1, SELLER_SALT)
  const mintToken = (tokenOptions: SandboxTokenOptions = {}): string => mintWbToken({
    secret: tokenSecret,
    sellerId: tokenOptions.sellerId ?? sellerId,
    expiresAt: tokenOptions.expiresAt ?? new Date(now() + TOKEN_LIFETIME_MS),
    categories: tokenOptions.categories ?? DEFAULT_CATEGORIES
  })

  let closed: Promise<void> | undefined
  return {
    url,
    port: address.port,
    token: mintToken(),
    sellerId,
    mintToken,
    faults,
    touchCards: (count) => store.touch(count),
    stats: () => stats.snapshot(),
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closed
    }
  }
}
