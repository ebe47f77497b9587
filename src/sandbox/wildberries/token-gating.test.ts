import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { manualClock, wbRequest } from './test-helpers'
import type { WbTokenCategory } from './tokens'

const clock = manualClock()
let wb: WbSandbox

beforeAll(async () => {
  wb = await startWbSandbox({ rateLimits: false, cardCount: 50, fbsOrderCount: 60, orderCount: 100, saleCount: 50, now: clock.now })
})
afterAll(() => wb.close())

const problemKeys = ['code', 'detail', 'origin', 'requestId', 'status', 'statusText', 'timestamp', 'title']
const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>

const routes: Array<[category: WbTokenCategory, method: string, path: string, body: unknown, origin: string]> = [
  ['content', 'POST', '/content/v2/get/cards/list', { settings: { cursor: { limit: 1 } } }, 's2s-api-auth-content'],
  ['marketplace', 'GET', '/api/v3/warehouses', undefined, 's2s-api-auth-catalog'],
  ['marketplace', 'GET', '/api/v3/orders/new', undefined, 's2s-api-auth-catalog'],
  ['statistics', 'GET', '/api/v1/supplier/orders?dateFrom=2026-06-01', undefined, 's2s-api-auth-stat'],
  ['statistics', 'GET', '/api/v1/supplier/sales?dateFrom=2026-06-01', undefined, 's2s-api-auth-stat'],
  ['supplies', 'GET', '/api/v1/warehouses', undefined, 's2s-api-auth-catalog'],
  ['supplies', 'POST', '/api/v1/supplies', {}, 's2s-api-auth-catalog'],
  ['analytics', 'POST', '/api/analytics/v1/stocks-report/wb-warehouses', {}, 's2s-api-auth-catalog']
]

describe('token categories', () => {
  it('let a route in only with its category; others get 401 "token scope not allowed"', async () => {
    for (const [category, method, path, body, origin] of routes) {
      const allowed = await wbRequest(wb.url, wb.mintToken({ categories: [category] }), method, path, body)
      expect(allowed.status, path).toBe(200)
      await allowed.arrayBuffer()
      const others = (['content', 'marketplace', 'statistics', 'supplies', 'analytics', 'prices'] as const).filter((other) => other !== category)
      const refused = await wbRequest(wb.url, wb.mintToken({ categories: others }), method, path, body)
      expect(refused.status, path).toBe(401)
      expect(refused.headers.get('content-type')).toBe('application/problem+json')
      const problem = (await refused.json()) as Record<string, unknown>
      expect(Object.keys(problem).sort()).toEqual(problemKeys)
      expect(problem).toMatchObject({ title: 'unauthorized', detail: 'token scope not allowed', status: 401, statusText: 'Unauthorized', origin })
    }
  })

  it('let any valid token ping, and no token at all nowhere', async () => {
    expect((await wbRequest(wb.url, wb.mintToken({ categories: ['feedbacks'] }), 'GET', '/ping')).status).toBe(200)
    for (const [, method, path, body] of routes) expect((await wbRequest(wb.url, undefined, method, path, body)).status, path).toBe(401)
  })
})

describe('token kinds', () => {
  it('write the kind into the token: acc 1 personal, acc 3 basic, t:true for test tokens', () => {
    expect(decode(wb.token)).toMatchObject({ acc: 1, t: false })
    expect(decode(wb.mintToken({ kind: 'basic' }))).toMatchObject({ acc: 3, t: false })
    expect(decode(wb.mintToken({ kind: 'test' }))).toMatchObject({ acc: 1, t: true })
  })

  it('refuse basic tokens the WB-warehouse stocks report with the spec 403, and serve them the rest', async () => {
    const basic = wb.mintToken({ kind: 'basic' })
    const refused = await wbRequest(wb.url, basic, 'POST', '/api/analytics/v1/stocks-report/wb-warehouses', {})
    expect(refused.status).toBe(403)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await refused.json()) as Record<string, unknown>
    expect(Object.keys(problem).sort()).toEqual(problemKeys)
    expect(problem).toMatchObject({
      title: 'forbidden',
      detail: 'base token is not allowed',
      code: 'base token is not allowed for this path',
      status: 403,
      statusText: 'Forbidden'
    })
    for (const [, method, path, body] of routes.filter(([category]) => category !== 'analytics')) {
      const response = await wbRequest(wb.url, basic, method, path, body)
      expect(response.status, path).toBe(200)
      await response.arrayBuffer()
    }
  })

  it('serve test tokens like personal ones', async () => {
    const test = wb.mintToken({ kind: 'test' })
    expect((await wbRequest(wb.url, test, 'POST', '/api/analytics/v1/stocks-report/wb-warehouses', {})).status).toBe(200)
  })
})
