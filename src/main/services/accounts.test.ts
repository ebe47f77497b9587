import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCoreHarness, type CoreHarness } from '../../test-support/core-harness'

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
        supplies: true
      },
      {
        marketplace: 'ozon',
        fields: [
          { key: 'clientId', secret: false, maxLength: 20 },
          { key: 'apiKey', secret: true, maxLength: 64 }
        ],
        resources: ['products', 'warehouses', 'stocks', 'orders'],
        supplies: false
      }
    ])
  })

  it('keeps an Ozon cabinet’s Client-Id with the cabinet and its API key in the vault', async () => {
    h = await startCoreHarness({ sandbox: { cardCount: 5, rateLimits: false } })
    const apiKey = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
    const account = await h.call('accounts.create', { marketplace: 'ozon', name: 'Озон', fields: { clientId: '123456', apiKey } })
    expect(account).toMatchObject({ fields: { clientId: '123456' }, secrets: { apiKey: { set: true, last4: 'afa6' } }, tokenInfo: null })
    expect(readFileSync(join(h.dataDir, 'mirror.sqlite')).includes(apiKey)).toBe(false)
    const create = (fields: Record<string, string>) => h.call('accounts.create', { marketplace: 'ozon', name: 'Озон', fields })
    await expect(create({ clientId: '123456', apiKey: 'не ключ' })).rejects.toMatchObject({ code: 'invalid_input', params: { field: 'apiKey' } })
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
})
