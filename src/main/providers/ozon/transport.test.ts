import { afterEach, describe, expect, it } from 'vitest'
import type { SferaError } from '../../../shared/domain/errors'
import { ok, ozonAnswering, rpcStatus, type Answer } from '../../../test-support/ozon-loopback'
import { productListExample } from '../../../test-support/ozon-swagger-examples'
import { createHttpClient, FakeClock, RateBudgets } from '../../http'
import { everyHostAt } from '../../endpoints'
import { ozonProvider } from '.'
import { OzonClient } from './client'
import { ozonEndpointsOf } from './hosts'

const API_KEY = '3fa85f64-5717-4562-b3fc-2c963f66afa6'
const CLIENT_ID = '123456'
const NOW = Date.parse('2026-05-01T00:00:00Z')

describe('Ozon transport', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
  })

  async function clientAnswering(answers: Answer[]) {
    const ozon = await ozonAnswering(answers)
    const clock = new FakeClock(NOW, { autoAdvance: true })
    const http = createHttpClient({ clock, random: () => 0.5 })
    cleanups.push(ozon.close, () => http.close())
    const events = { requests: 0, rateLimited: 0 }
    const client = new OzonClient({
      http,
      budgets: new RateBudgets(clock),
      endpoints: ozonEndpointsOf(everyHostAt(ozonProvider, ozon.url)),
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      now: () => NOW,
      onRequest: () => events.requests++,
      onRateLimited: () => events.rateLimited++
    })
    return { client, received: ozon.received, clock, events }
  }

  const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('resolved'), (error: unknown) => error as SferaError)

  it('sends Client-Id and Api-Key with the spec’s body and reads the answer', async () => {
    const { client, received } = await clientAnswering([ok(productListExample)])
    const page = await client.listProducts('ALL', 1000, '')
    expect(page.result.items.map((i) => i.product_id)).toEqual([3397917680])
    expect(received[0]!.headers).toMatchObject({ 'client-id': CLIENT_ID, 'api-key': API_KEY, 'content-type': 'application/json' })
    expect(received[0]!.body).toEqual({ filter: { visibility: 'ALL' }, last_id: '', limit: 1000 })
  })

  it('tells a refused Client-Id and Api-Key as auth_failed, with Ozon’s words and without the key', async () => {
    const { client } = await clientAnswering([rpcStatus(401, 16, 'Client-Id and Api-Key headers are required')])
    const error = await failure(client.listProducts('ALL', 1000, ''))
    expect(error.code).toBe('auth_failed')
    expect(error.message).toBe('Ozon не принял Client-Id и API-ключ: проверьте оба в настройках кабинета')
    expect(error.params).toEqual({
      service: 'Ozon',
      method: '/v3/product/list',
      reason: 'invalid_credentials',
      detail: 'Client-Id and Api-Key headers are required'
    })
    expect(JSON.stringify(error)).not.toContain(API_KEY)
  })

  it.each([
    [403, 7, 'Invalid Api-Key, please check the key and try again', 'auth_failed', 'invalid_credentials'],
    [403, 7, 'Api-key is deactivated, use another one or generate a new one', 'auth_failed', 'key_deactivated'],
    [403, 7, 'Api-Key is missing a required role for a method', 'access_denied', 'missing_role'],
    [403, 7, 'Api-Key is restricted to specific IP addresses', 'access_denied', 'ip_restricted'],
    [403, 7, 'Offer not signed', 'access_denied', 'offer_not_signed']
  ])('tells a %i “%s” (code %i) as %s', async (status, code, message, expected, reason) => {
    const { client, received } = await clientAnswering([rpcStatus(status, code, message)])
    const error = await failure(client.productInfo([1]))
    expect(error.code).toBe(expected)
    expect(error.params).toMatchObject({ service: 'Ozon', method: '/v3/product/info/list', reason, detail: message })
    expect(error.message).toMatch(/Ozon/)
    // A refusal is final: it is not asked again.
    expect(received).toHaveLength(1)
  })

  it('waits out a 429 with no Retry-After at least a second, on the budget, and goes on', async () => {
    const { client, clock, events } = await clientAnswering([rpcStatus(429, 8, 'You have reached request rate limit per second'), ok(productListExample)])
    await client.listProducts('ALL', 1000, '')
    expect(events).toEqual({ requests: 2, rateLimited: 1 })
    expect(clock.sleeps.some((ms) => ms >= 1000)).toBe(true)
  })

  it('gives up on a 429 that does not stop, as rate_limited with when to go on', async () => {
    const { client, events } = await clientAnswering([rpcStatus(429, 8, 'You have reached request rate limit per second')])
    const error = await failure(client.listProducts('ALL', 1000, ''))
    expect(error.code).toBe('rate_limited')
    expect(error.params).toMatchObject({ service: 'Ozon', method: '/v3/product/list', detail: 'You have reached request rate limit per second' })
    expect(Number(error.params?.retryAt)).toBeGreaterThan(NOW)
    expect(events.rateLimited).toBe(4)
  })

  it('tells “Circle is open” as a method closed for minutes', async () => {
    const { client } = await clientAnswering([rpcStatus(429, 8, 'Circle is open')])
    const error = await failure(client.listProducts('ALL', 1000, ''))
    expect(error.code).toBe('rate_limited')
    expect(Number(error.params?.retryAt)).toBeGreaterThanOrEqual(NOW + 5 * 60_000)
  })

  it('retries a 5xx of a read and then tells it as Ozon’s', async () => {
    const { client, received } = await clientAnswering([rpcStatus(500, 13, 'Internal error')])
    const error = await failure(client.listWarehouses(200, ''))
    expect(error.code).toBe('upstream_error')
    expect(error.params).toMatchObject({ service: 'Ozon', method: '/v2/warehouse/list', status: 500, detail: 'Internal error' })
    expect(received.length).toBeGreaterThan(1)
  })

  it('names the method and the field of an answer not of the spec, never the value', async () => {
    const items = [{ product_id: 1, offer_id: 'a' }, { product_id: 'Иванов', offer_id: 'b' }]
    const { client } = await clientAnswering([ok({ result: { items, last_id: '' } })])
    const error = await failure(client.listProducts('ALL', 1000, ''))
    expect(error.code).toBe('malformed_response')
    expect(error.params).toEqual({ service: 'Ozon', method: 'POST /v3/product/list', field: 'result.items[1].product_id', expected: 'number' })
    expect(error.message).toBe('Ozon ответил в неожиданном формате: POST /v3/product/list, поле result.items[1].product_id — ожидалось number')
  })

  it('tells a 200 that is not JSON as a malformed answer', async () => {
    const { client } = await clientAnswering([{ status: 200, body: '<html>' }])
    const error = await failure(client.roles())
    expect(error.params).toEqual({ service: 'Ozon', method: 'POST /v1/roles', field: '', expected: 'a JSON body' })
  })
})
