import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from '../../sandbox/ozon'
import { SferaError } from '../../shared/domain/errors'
import { calls, type CallInput, type CallName, type CallOutput } from '../../shared/ipc'
import { startCoreHarness, type CoreHarness } from '../../test-support/core-harness'
import { tempDataDir } from '../../test-support/temp'
import { createTestCore } from '../../test-support/test-core'
import { endpointsFromEnv } from '../endpoints'

describe('cabinets and their declared fields', () => {
  let h: CoreHarness
  afterEach(async () => h?.close())

  it('tells the renderer what each marketplace asks for, syncs and can do', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    expect(await h.call('accounts.marketplaces', {})).toEqual([
      {
        marketplace: 'wildberries',
        fields: [{ key: 'token', secret: true, maxLength: 4096 }],
        resources: ['products', 'warehouses', 'fbs_stocks', 'wb_stocks', 'fbs_orders', 'fbs_supplies', 'orders', 'sales', 'fbw_supplies'],
        supplies: true,
        packaging: false
      },
      {
        marketplace: 'ozon',
        fields: [
          { key: 'clientId', secret: false, maxLength: 20 },
          { key: 'apiKey', secret: true, maxLength: 64 }
        ],
        resources: ['products', 'warehouses', 'stocks', 'orders', 'sales', 'returns', 'analytics'],
        supplies: false,
        packaging: true
      }
    ])
  })

  it('keeps a secret field in the vault, shows only its last four characters and never writes it to the mirror', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    const token = h.sandbox.token
    const account = await h.call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', fields: { token } })
    expect(account.secrets).toEqual({ token: { set: true, last4: token.slice(-4) } })
    expect(account.fields).toEqual({})
    expect(JSON.stringify(account)).not.toContain(token.slice(0, -4))
    expect(readFileSync(join(h.dataDir, 'mirror.sqlite')).includes(token)).toBe(false)
  })

  it('refuses a field the marketplace does not declare, and a missing one, naming it, before storing anything', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    const create = (fields: Record<string, string>) => h.call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', fields })
    await expect(create({ token: h.sandbox.token, apiKey: 'x' })).rejects.toMatchObject({ code: 'invalid_input', params: { field: 'apiKey', issue: 'unknown_field' } })
    await expect(create({})).rejects.toMatchObject({ code: 'invalid_input', params: { field: 'token', issue: 'required' } })
    expect(await h.call('accounts.list', {})).toEqual([])
  })

  it('replaces a secret field on update and reads the new token, keeping it when none is given', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    const account = await h.call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', fields: { token: h.sandbox.token } })
    const basic = h.sandbox.mintToken({ kind: 'basic' })
    const replaced = await h.call('accounts.update', { id: account.id, fields: { token: basic } })
    expect(replaced.secrets.token?.last4).toBe(basic.slice(-4))
    expect(replaced.tokenInfo?.kind).toBe('basic')
    const renamed = await h.call('accounts.update', { id: account.id, name: 'Второй' })
    expect([renamed.name, renamed.secrets.token?.last4, renamed.tokenInfo?.kind]).toEqual(['Второй', basic.slice(-4), 'basic'])
  })

  it('tells why a check fails with the error as a payload the renderer can explain, never echoing the token', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    const revoked = `${h.sandbox.token.slice(0, -8)}REVOKED0`
    const account = await h.call('accounts.create', { marketplace: 'wildberries', name: 'Отозванный', fields: { token: revoked } })
    const check = await h.call('accounts.checkConnection', { id: account.id })
    expect(check).toMatchObject({ ok: false, error: { code: 'auth_failed' } })
    expect(JSON.stringify(check)).not.toContain('REVOKED0')
    expect(calls['accounts.checkConnection'].changes).toContain('accounts')
  })
})

const DAY_MS = 24 * 60 * 60 * 1000

/** A real core whose Ozon host is the Ozon sandbox: an Ozon key is asked about at /v1/roles as it is entered. */
async function startOzonCore(options: { sandboxNow?: () => number } = {}) {
  const sandbox = await startOzonSandbox({ rateLimits: false, products: 3, postings: 3, ...(options.sandboxNow ? { now: options.sandboxNow } : {}) })
  const temp = tempDataDir()
  const core = await createTestCore({ dataDir: temp.dir, endpoints: endpointsFromEnv({ SFERA_OZON_URL: sandbox.url }) })
  return {
    sandbox,
    dataDir: temp.dir,
    async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const result = await core.dispatch(name, input)
      if (!result.ok) throw SferaError.fromPayload(result.error)
      return result.value as CallOutput<K>
    },
    async close() {
      await core.close()
      await sandbox.close()
      temp.cleanup()
    }
  }
}

describe('Ozon keys, as Ozon tells of them', () => {
  let h: Awaited<ReturnType<typeof startOzonCore>> | undefined
  afterEach(async () => {
    await h?.close()
    h = undefined
  })

  const create = (sandbox: OzonSandbox, apiKey: string) =>
    h!.call('accounts.create', { marketplace: 'ozon', name: 'Озон', fields: { clientId: sandbox.clientId, apiKey } })

  it('keeps the Client-Id with the cabinet, the key in the vault, and the key’s expiry and methods from /v1/roles', async () => {
    h = await startOzonCore()
    const expiresAt = new Date(Math.floor((Date.now() + 150 * DAY_MS) / 1000) * 1000)
    const apiKey = h.sandbox.mintKey({ expiresAt })
    const account = await create(h.sandbox, apiKey)
    expect(account).toMatchObject({ fields: { clientId: h.sandbox.clientId }, secrets: { apiKey: { set: true, last4: apiKey.slice(-4) } } })
    expect(account.tokenInfo).toMatchObject({ expiresAt: expiresAt.toISOString(), kind: 'unknown' })
    expect(account.tokenInfo?.categories).toEqual(expect.arrayContaining(['/v3/product/list', '/v4/posting/fbs/list']))
    expect(await h.call('accounts.list', {})).toMatchObject([{ id: account.id, tokenInfo: { expiresAt: expiresAt.toISOString() } }])
    expect(readFileSync(join(h.dataDir, 'mirror.sqlite')).includes(apiKey)).toBe(false)
    await expect(create(h.sandbox, 'не ключ')).rejects.toMatchObject({ code: 'invalid_input', params: { field: 'apiKey' } })
  })

  it('names the methods a key’s roles leave out, and reads the new key’s when the cabinet is re-keyed', async () => {
    h = await startOzonCore()
    const account = await create(h.sandbox, h.sandbox.mintKey({ roles: ['Product read-only'] }))
    expect(account.tokenInfo?.missingCategories).toEqual(expect.arrayContaining(['/v4/posting/fbs/list', '/v3/posting/fbo/list', '/v2/warehouse/list']))
    expect(account.tokenInfo?.missingCategories).not.toContain('/v3/product/list')
    const later = new Date(Math.floor((Date.now() + 170 * DAY_MS) / 1000) * 1000)
    const rekeyed = await h.call('accounts.update', { id: account.id, fields: { apiKey: h.sandbox.mintKey({ expiresAt: later }) } })
    expect(rekeyed.tokenInfo?.expiresAt).toBe(later.toISOString())
    expect(rekeyed.tokenInfo?.missingCategories).not.toContain('/v4/posting/fbs/list')
  })

  it('refuses a key Ozon says has expired, saying when, and stores nothing', async () => {
    // Ozon still answers /v1/roles for the key on its clock, which lags ours: the expiry it names has passed here.
    const lag = 200 * DAY_MS
    h = await startOzonCore({ sandboxNow: () => Date.now() - lag })
    const expiredAt = new Date(Math.floor((Date.now() - 10 * DAY_MS) / 1000) * 1000)
    await expect(create(h.sandbox, h.sandbox.mintKey({ expiresAt: expiredAt }))).rejects.toMatchObject({
      code: 'auth_failed',
      params: { service: 'Ozon', reason: 'key_expired', expiredAt: expiredAt.toISOString() }
    })
    expect(await h.call('accounts.list', {})).toEqual([])
  })

  it('refuses a revoked key, and keeps the working key when a cabinet is re-keyed with one', async () => {
    h = await startOzonCore()
    await expect(create(h.sandbox, h.sandbox.mintKey({ deactivated: true }))).rejects.toMatchObject({
      code: 'auth_failed',
      params: { service: 'Ozon', reason: 'key_deactivated' }
    })
    const account = await create(h.sandbox, h.sandbox.apiKey)
    const revoked = h.sandbox.mintKey({ deactivated: true })
    await expect(h.call('accounts.update', { id: account.id, fields: { apiKey: revoked } })).rejects.toMatchObject({ params: { reason: 'key_deactivated' } })
    const [stored] = await h.call('accounts.list', {})
    expect(stored?.secrets.apiKey?.last4).toBe(h.sandbox.apiKey.slice(-4))
    expect(await h.call('accounts.checkConnection', { id: account.id })).toMatchObject({ ok: true })
  })

  it('re-reads the key’s expiry and methods when the connection is checked, since roles change in Ozon’s cabinet', async () => {
    h = await startOzonCore()
    const expiresAt = new Date(Math.floor((Date.now() + 120 * DAY_MS) / 1000) * 1000)
    const account = await create(h.sandbox, h.sandbox.mintKey({ expiresAt }))
    // What an older look at the key left in the mirror: another expiry, one method.
    const db = new Database(join(h.dataDir, 'mirror.sqlite'))
    db.prepare('UPDATE accounts SET token_expires_at = ?, token_categories_json = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', '["/v3/product/list"]', account.id)
    db.close()
    expect((await h.call('accounts.list', {}))[0]?.tokenInfo?.missingCategories).toContain('/v4/posting/fbs/list')

    expect(await h.call('accounts.checkConnection', { id: account.id })).toMatchObject({ ok: true, error: null })
    const [checked] = await h.call('accounts.list', {})
    expect(checked?.tokenInfo).toMatchObject({ expiresAt: expiresAt.toISOString(), missingCategories: [] })
    expect(checked?.tokenInfo?.categories).toEqual(expect.arrayContaining(['/v3/finance/transaction/list', '/v1/returns/list']))
  })

  it('says which methods an under-scoped key lacks, storing them, and that a key gone since is deactivated', async () => {
    let sandboxShift = 0
    h = await startOzonCore({ sandboxNow: () => Date.now() + sandboxShift })
    const apiKey = h.sandbox.mintKey({ roles: ['Product read-only'], expiresAt: new Date(Date.now() + DAY_MS) })
    const account = await create(h.sandbox, apiKey)

    const underScoped = await h.call('accounts.checkConnection', { id: account.id })
    expect(underScoped).toMatchObject({
      ok: false,
      error: { code: 'access_denied', params: { service: 'Ozon', reason: 'missing_methods' } }
    })
    const missing = String(underScoped.error?.params?.missing).split(',')
    expect(missing).toEqual(expect.arrayContaining(['/v4/posting/fbs/list', '/v3/posting/fbo/list', '/v2/warehouse/list']))
    expect((await h.call('accounts.list', {}))[0]?.tokenInfo?.missingCategories).toEqual(missing)

    // Two days on Ozon's clock: the key has run out there, and Ozon calls it deactivated.
    sandboxShift = 2 * DAY_MS
    const gone = await h.call('accounts.checkConnection', { id: account.id })
    expect(gone).toMatchObject({ ok: false, error: { code: 'auth_failed', params: { service: 'Ozon', reason: 'key_deactivated' } } })
    expect(JSON.stringify([underScoped, gone])).not.toContain(apiKey)
  })
})
