import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, ozonRequest, utcDateTime } from './test-helpers'

const clock = manualClock()
let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 50, postings: 20, now: clock.now })
})
afterAll(() => oz.close())

const listBody = { filter: { visibility: 'ALL' }, limit: 1 }
async function answer(headers: Record<string, string>, path = '/v3/product/list') {
  const response = await ozonRequest(oz, path, listBody, headers)
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('Client-Id and Api-Key', () => {
  it('lets the seller in with both headers', async () => {
    expect((await ozonRequest(oz, '/v3/product/list', listBody)).status).toBe(200)
    expect(oz.clientId).toMatch(/^\d+$/)
    expect(oz.apiKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('answers a missing header 401 {code 16}', async () => {
    const missing = { status: 401, body: { code: 16, message: 'Client-Id and Api-Key headers are required', details: [] } }
    expect(await answer({})).toEqual(missing)
    expect(await answer({ 'Client-Id': oz.clientId })).toEqual(missing)
    expect(await answer({ 'Api-Key': oz.apiKey })).toEqual(missing)
    expect(await answer({ Authorization: `Bearer ${oz.apiKey}` })).toEqual(missing)
  })

  it('answers a Client-Id that is not a number 400 {code 3}', async () => {
    expect(await answer({ 'Client-Id': 'seller', 'Api-Key': oz.apiKey }))
      .toEqual({ status: 400, body: { code: 3, message: 'Client-Id header value should be positive integer', details: [] } })
  })

  it('answers a wrong key, or a key of another Client-Id, 404 {code 5} as the live API does', async () => {
    const invalid = { status: 404, body: { code: 5, message: 'Invalid Api-Key, please check the key and try again', details: [] } }
    expect(await answer({ 'Client-Id': oz.clientId, 'Api-Key': '00000000-0000-4000-8000-000000000000' })).toEqual(invalid)
    expect(await answer({ 'Client-Id': String(Number(oz.clientId) + 1), 'Api-Key': oz.apiKey })).toEqual(invalid)
    const otherSellersKey = oz.mintKey({ clientId: '424242' })
    expect(await answer({ 'Client-Id': oz.clientId, 'Api-Key': otherSellersKey })).toEqual(invalid)
    expect((await answer({ 'Client-Id': '424242', 'Api-Key': otherSellersKey })).status).toBe(200)
  })

  it('answers an expired or revoked key 403 {code 7}', async () => {
    const deactivated = { status: 403, body: { code: 7, message: 'Api-key is deactivated, use another one or generate a new one', details: [] } }
    const revoked = oz.mintKey({ deactivated: true })
    expect(await answer({ 'Client-Id': oz.clientId, 'Api-Key': revoked })).toEqual(deactivated)
    const shortLived = oz.mintKey({ expiresAt: new Date(clock.now() + 60_000) })
    expect((await answer({ 'Client-Id': oz.clientId, 'Api-Key': shortLived })).status).toBe(200)
    clock.advance(60_000)
    expect(await answer({ 'Client-Id': oz.clientId, 'Api-Key': shortLived })).toEqual(deactivated)
  })

  it('answers a key without the method\'s role 403 {code 7}; /v1/roles and /v1/seller/info need none', async () => {
    const postingsOnly = oz.mintKey({ roles: ['Posting FBS'] })
    const headers = { 'Client-Id': oz.clientId, 'Api-Key': postingsOnly }
    expect(await answer(headers)).toEqual({ status: 403, body: { code: 7, message: 'Api-Key is missing a required role for a method', details: [] } })
    expect((await answer(headers, '/v2/warehouse/list')).status).toBe(200)
    const roles = await ozonJson<{ expires_at: string; roles: Array<{ name: string; methods: string[] }> }>({ ...oz, apiKey: postingsOnly }, '/v1/roles')
    expect(roles.roles.map((role) => role.name)).toEqual(['Posting FBS'])
    expect(roles.roles[0]!.methods).toContain('/v4/posting/fbs/list')
    expect((await ozonRequest({ ...oz, apiKey: postingsOnly }, '/v1/seller/info')).status).toBe(200)
  })
})

describe('/v1/roles and /v1/seller/info', () => {
  it('gives the key\'s expiry, six months after it was issued, and its roles', async () => {
    const roles = await ozonJson<{ expires_at: string; roles: Array<{ name: string; methods: string[] }> }>(oz, '/v1/roles')
    expect(roles.expires_at).toMatch(utcDateTime)
    const left = Date.parse(roles.expires_at) - clock.now()
    expect(left).toBeGreaterThan(150 * 86_400_000)
    expect(left).toBeLessThan(170 * 86_400_000)
    expect(roles.roles).toEqual([{ name: 'Admin', methods: expect.arrayContaining(['/v3/product/list', '/v4/posting/fbs/list', '/v3/posting/fbo/list', '/v4/posting/fbs/ship']) as unknown as string[] }])
  })

  it('gives the company and its currency', async () => {
    const info = await ozonJson<{ company: { currency: string; name: string; inn: string } }>(oz, '/v1/seller/info')
    expect(info.company.currency).toBe('RUB')
    expect(info.company.name.length).toBeGreaterThan(0)
    expect(info.company.inn).toMatch(/^\d{10}(\d{2})?$/)
  })
})

describe('unknown paths and methods', () => {
  it('answers 404 {code 5} for an unknown path and 405 for a GET of a method', async () => {
    const unknown = await ozonRequest(oz, '/v2/product/list', {})
    expect([unknown.status, await unknown.json()]).toEqual([404, { code: 5, message: 'Not Found', details: [] }])
    const get = await fetch(`${oz.url}/v3/product/list`, { headers: { 'Client-Id': oz.clientId, 'Api-Key': oz.apiKey } })
    expect(get.status).toBe(405)
  })
})
