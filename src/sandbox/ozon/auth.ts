/**
 * Ozon's two headers, `Client-Id` (the seller's number) and `Api-Key` (a UUID issued in the cabinet, valid six
 * months, with roles that open methods; swagger.json tags Auth and Environment). The spec gives the error texts
 * (tag Errors) but no HTTP status; the statuses here are what third-party code and a live probe record:
 * - a header missing: 401 `{code: 16, message: "Client-Id and Api-Key headers are required"}` (GROUND-TRUTH §2.6);
 * - Client-Id not a number: 400 `{code: 3, message: "Client-Id header value should be positive integer"}`;
 * - a key unknown, or not this Client-Id's: 404 `{code: 5, message: "Invalid Api-Key, please check the key and try
 *   again"}` (a live probe of api-seller.ozon.ru, quoted by api-evangelist/ozonru);
 * - an expired or revoked key: 403 `{code: 7, message: "Api-key is deactivated, use another one or generate a new one"}`;
 * - a key without the method's role: 403 `{code: 7, message: "Api-Key is missing a required role for a method"}`.
 * The last two statuses are the sandbox's choice (permission denied).
 */
import type { IncomingHttpHeaders } from 'node:http'
import { hash32, uuidV4 } from './random'
import { rpcStatusReply, RpcCode, type Reply } from './replies'
import { addMonths, DAY_MS } from './time'

/** Roles a key can hold, and the served methods each opens. `/v1/roles` and `/v1/seller/info` need none. */
const readMethods = [
  '/v3/product/list', '/v3/product/info/list', '/v4/product/info/stocks', '/v1/product/info/stocks-by-warehouse/fbs',
  '/v2/warehouse/list', '/v4/posting/fbs/list', '/v3/posting/fbo/list',
  '/v3/finance/transaction/list', '/v1/returns/list', '/v1/analytics/data'
] as const
const fbsWriteMethods = [
  '/v4/posting/fbs/unfulfilled/list', '/v4/posting/fbs/ship', '/v2/posting/fbs/package-label', '/v2/posting/fbs/awaiting-delivery'
] as const

export const ozonRoles = {
  Admin: [...readMethods, ...fbsWriteMethods],
  'Admin read only': readMethods,
  'Product read-only': ['/v3/product/list', '/v3/product/info/list', '/v4/product/info/stocks', '/v1/product/info/stocks-by-warehouse/fbs'],
  'Posting FBS': ['/v4/posting/fbs/list', '/v2/warehouse/list', ...fbsWriteMethods],
  'Posting FBO': ['/v3/posting/fbo/list'],
  Warehouse: ['/v2/warehouse/list']
} as const satisfies Record<string, readonly string[]>

export type OzonRole = keyof typeof ozonRoles

export interface ApiKeyRecord {
  apiKey: string
  clientId: string
  roles: readonly OzonRole[]
  expiresAtMs: number
  deactivated: boolean
}

export interface MintKeyOptions {
  /** Default: the sandbox's seller. Another number is another seller (same world), with its own rate limit. */
  clientId?: string
  /** Default: `Admin`, every method the sandbox serves, FBS work included. */
  roles?: readonly OzonRole[]
  /** Default: six months from now, the lifetime of a real key. */
  expiresAt?: Date
  /** A revoked key. */
  deactivated?: boolean
}

export type AuthResult = { ok: true; key: ApiKeyRecord } | { ok: false; reply: Reply }

const Salt = { client: 0x6001, key: 0x6002 } as const
/** The sandbox's own key was issued this long before it started. */
const KEY_AGE_MS = 20 * DAY_MS
const KEY_LIFETIME_MONTHS = 6

const headerOf = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
}

export class KeyRing {
  readonly clientId: string
  readonly apiKey: string
  private readonly keys = new Map<string, ApiKeyRecord>()
  private minted = 0

  constructor(private readonly seed: number, private readonly now: () => number) {
    this.clientId = String(100_000 + (hash32(seed, 0, Salt.client) % 3_900_000))
    this.apiKey = this.mint({ expiresAt: new Date(addMonths(now() - KEY_AGE_MS, KEY_LIFETIME_MONTHS)) })
  }

  mint(options: MintKeyOptions = {}): string {
    const apiKey = uuidV4(this.seed, this.minted++, Salt.key)
    const clientId = options.clientId ?? this.clientId
    if (!/^[1-9]\d{0,18}$/.test(clientId)) throw new Error('clientId must be a positive integer in decimal')
    this.keys.set(apiKey, {
      apiKey,
      clientId,
      roles: [...(options.roles ?? ['Admin'])],
      expiresAtMs: options.expiresAt?.getTime() ?? addMonths(this.now(), KEY_LIFETIME_MONTHS),
      deactivated: options.deactivated ?? false
    })
    return apiKey
  }

  /** Checks the headers for `path`; `needsRole` false for methods any valid key may call. */
  check(headers: IncomingHttpHeaders, path: string, needsRole: boolean): AuthResult {
    const clientId = headerOf(headers, 'client-id')
    const apiKey = headerOf(headers, 'api-key')
    if (clientId === undefined || apiKey === undefined) {
      return { ok: false, reply: rpcStatusReply(401, RpcCode.unauthenticated, 'Client-Id and Api-Key headers are required') }
    }
    if (!/^\d{1,19}$/.test(clientId) || BigInt(clientId) === 0n) {
      return { ok: false, reply: rpcStatusReply(400, RpcCode.invalidArgument, 'Client-Id header value should be positive integer') }
    }
    const key = this.keys.get(apiKey)
    if (!key || BigInt(key.clientId) !== BigInt(clientId)) {
      return { ok: false, reply: rpcStatusReply(404, RpcCode.notFound, 'Invalid Api-Key, please check the key and try again') }
    }
    if (key.deactivated || key.expiresAtMs <= this.now()) {
      return { ok: false, reply: rpcStatusReply(403, RpcCode.permissionDenied, 'Api-key is deactivated, use another one or generate a new one') }
    }
    if (needsRole && !key.roles.some((role) => (ozonRoles[role] as readonly string[]).includes(path))) {
      return { ok: false, reply: rpcStatusReply(403, RpcCode.permissionDenied, 'Api-Key is missing a required role for a method') }
    }
    return { ok: true, key }
  }
}
