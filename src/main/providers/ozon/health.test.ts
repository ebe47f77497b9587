import { afterEach, describe, expect, it } from 'vitest'
import { startOzonSandbox } from '../../../sandbox/ozon'
import { ok, ozonAnswering, rpcStatus, type Answer } from '../../../test-support/ozon-loopback'
import { rolesExample } from '../../../test-support/ozon-swagger-examples'
import type { AccountRecord } from '../../db/queries/accounts'
import { everyHostAt } from '../../endpoints'
import { createHttpClient, FakeClock, RateBudgets } from '../../http'
import { ozonProvider } from '.'
import { ozonRoutes } from './client'
import { ozonFinanceRoutes } from './finance-client'

const NOW = Date.parse('2026-01-10T00:00:00Z')
const account: AccountRecord = {
  id: 'acc',
  marketplace: 'ozon',
  name: 'Озон',
  isDemo: false,
  fieldsJson: '{"clientId":"123456"}',
  tokenExpiresAt: null,
  tokenCategoriesJson: null,
  tokenKind: null,
  createdAt: 'x',
  updatedAt: 'x'
}
/** Every method the sync reads, each opened by a role. */
const fullKey = {
  expires_at: '2026-06-01T00:00:00Z',
  roles: [{ name: 'Все', methods: [...Object.values(ozonRoutes), ...Object.values(ozonFinanceRoutes)].map((r) => r.path) }]
}

describe('Ozon connection check', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
  })

  async function check(answer: Answer): Promise<unknown> {
    const ozon = await ozonAnswering([answer])
    cleanups.push(ozon.close)
    return checkAt(ozon.url, '3fa85f64-5717-4562-b3fc-2c963f66afa6')
  }

  async function checkAt(url: string, apiKey: string, clientId = '123456'): Promise<unknown> {
    const clock = new FakeClock(NOW, { autoAdvance: true })
    const http = createHttpClient({ clock })
    cleanups.push(() => http.close())
    const deps = {
      account,
      endpoints: everyHostAt(ozonProvider, url),
      secret: async () => apiKey,
      field: (key: string) => (key === 'clientId' ? clientId : undefined),
      http,
      budgets: new RateBudgets(clock),
      now: () => NOW
    }
    return ozonProvider.checkConnection(deps, AbortSignal.timeout(10_000)).then(
      () => 'ok',
      (error: unknown) => error
    )
  }

  it('passes for a key that is valid and opens every synced method', async () => {
    expect(await check(ok(fullKey))).toBe('ok')
  })

  it('tells an expired key by its expiry', async () => {
    expect(await check(ok({ ...fullKey, expires_at: '2026-01-09T12:00:00Z' }))).toMatchObject({
      code: 'auth_failed',
      params: { service: 'Ozon', reason: 'key_expired', expiredAt: '2026-01-09T12:00:00.000Z' }
    })
  })

  it('names the synced methods the key’s roles do not open (the spec’s example opens none of them)', async () => {
    const error = await check(ok(rolesExample))
    expect(error).toMatchObject({ code: 'access_denied', params: { service: 'Ozon', reason: 'missing_methods' } })
    expect(String((error as { params: { missing: string } }).params.missing).split(',')).toContain('/v4/posting/fbs/list')
  })

  it('passes the sandbox seller’s key and tells a key with too few roles or a revoked one', async () => {
    const sandbox = await startOzonSandbox({ products: 5, postings: 0, rateLimits: false })
    cleanups.push(() => sandbox.close())
    expect(await checkAt(sandbox.url, sandbox.apiKey, sandbox.clientId)).toBe('ok')
    expect(await checkAt(sandbox.url, sandbox.mintKey({ roles: ['Posting FBO'] }), sandbox.clientId)).toMatchObject({
      code: 'access_denied',
      params: { reason: 'missing_methods' }
    })
    expect(await checkAt(sandbox.url, sandbox.mintKey({ deactivated: true }), sandbox.clientId)).toMatchObject({
      code: 'auth_failed',
      params: { reason: 'key_deactivated' }
    })
  })

  it('tells refused credentials as Ozon words them', async () => {
    expect(await check(rpcStatus(401, 16, 'Client-Id and Api-Key headers are required'))).toMatchObject({
      code: 'auth_failed',
      params: { method: '/v1/roles', detail: 'Client-Id and Api-Key headers are required' }
    })
  })
})
