import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { Faults, parseFaultSpec } from './faults'
import { startWbSandbox, type WbSandbox, type WbSandboxOptions } from './index'
import { postCardsList, wbRequest } from './test-helpers'

const running: WbSandbox[] = []

async function sandbox(options: WbSandboxOptions = {}): Promise<WbSandbox> {
  const started = await startWbSandbox({ rateLimits: false, cardCount: 200, ...options })
  running.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

const page = { settings: { sort: { ascending: true }, cursor: { limit: 100 } } }
const cardsListed = (wb: WbSandbox) => wb.stats().requests['POST /content/v2/get/cards/list'] ?? 0

/** Polls until the sandbox has taken `count` card-list requests: it draws their faults as it takes them. */
async function untilTaken(wb: WbSandbox, count: number): Promise<void> {
  while (cardsListed(wb) < count) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('fault queue', () => {
  it('applies a fault to the next count requests, or to all until cleared', () => {
    const faults = new Faults()
    faults.inject({ kind: 'status5xx', status: 502, count: 2 })
    faults.inject({ kind: 'malformedBody' })
    expect(faults.next().outcome).toEqual({ kind: 'status5xx', status: 502, count: 1 })
    expect(faults.next().outcome?.kind).toBe('status5xx')
    expect(faults.next().outcome?.kind).toBe('malformedBody')
    expect(faults.next().outcome?.kind).toBe('malformedBody')
    faults.clear()
    expect(faults.next()).toEqual({ latencyMs: 0 })
  })

  it('lets `after` requests through before a fault applies', () => {
    const faults = new Faults()
    faults.inject({ kind: 'malformedBody', after: 2, count: 1 })
    faults.inject({ kind: 'status5xx', count: 1 })
    expect(faults.next().outcome?.kind).toBe('status5xx')
    expect(faults.next()).toEqual({ latencyMs: 0 })
    expect(faults.next().outcome?.kind).toBe('malformedBody')
    expect(faults.next()).toEqual({ latencyMs: 0 })
  })

  it('combines latency with one outcome', () => {
    const faults = new Faults()
    faults.inject({ kind: 'latencyMs', ms: 40, count: 1 })
    faults.inject({ kind: 'cutConnection', count: 1 })
    expect(faults.next()).toEqual({ latencyMs: 40, outcome: { kind: 'cutConnection', count: 0 } })
    expect(faults.pending()).toEqual([])
  })

  it('validates faults sent over HTTP', () => {
    expect(parseFaultSpec({ kind: 'status429', retrySeconds: 3, count: 1 })).toEqual({ kind: 'status429', retrySeconds: 3, count: 1 })
    expect(parseFaultSpec({ kind: 'latencyMs', ms: 10 })).toEqual({ kind: 'latencyMs', ms: 10 })
    expect(parseFaultSpec({ kind: 'malformedBody', after: 3 })).toEqual({ kind: 'malformedBody', after: 3 })
    for (const invalid of [null, {}, { kind: 'explode' }, { kind: 'latencyMs' }, { kind: 'status5xx', status: 504 }, { kind: 'cutConnection', count: 0 }, { kind: 'malformedBody', after: -1 }, { kind: 'malformedBody', after: 1.5 }, { kind: 'status429', retrySeconds: -1 }]) {
      expect(typeof parseFaultSpec(invalid), JSON.stringify(invalid)).toBe('string')
    }
  })
})

describe('faults over the wire', () => {
  it('delays requests by latencyMs, only as many as count', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'latencyMs', ms: 3_600_000, count: 1 })
    let delayedSettled = false
    const delayed = postCardsList(wb.url, wb.token, page).finally(() => (delayedSettled = true))
    await untilTaken(wb, 1)
    // Order, not time: the request sent after the delayed one is answered while the delayed one still waits.
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(200)
    expect(delayedSettled).toBe(false)
    await wb.close()
    await expect(delayed).rejects.toThrow()
  })

  it('answers 500 as problem+json and 502/503 as the gateway HTML page', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'status5xx', status: 500, count: 1 })
    wb.faults.inject({ kind: 'status5xx', status: 502, count: 1 })
    wb.faults.inject({ kind: 'status5xx', count: 1 })
    const internal = await postCardsList(wb.url, wb.token, page)
    expect(internal.status).toBe(500)
    expect(await internal.json()).toMatchObject({ title: 'internal server error', status: 500, statusText: 'Internal Server Error' })
    const badGateway = await postCardsList(wb.url, wb.token, page)
    expect([badGateway.status, badGateway.headers.get('content-type')]).toEqual([502, 'text/html'])
    expect(await badGateway.text()).toContain('502 Bad Gateway')
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(503)
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(200)
  })

  it('cuts the connection after the headers and part of the body', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'cutConnection', count: 1 })
    const response = await postCardsList(wb.url, wb.token, page)
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toThrow()
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(200)
  })

  it('sends 200 with a body that is not JSON', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'malformedBody', count: 1 })
    const response = await postCardsList(wb.url, wb.token, page)
    expect(response.status).toBe(200)
    await expect(response.json()).rejects.toThrow(SyntaxError)
  })

  it('forces a 429 with the given X-Ratelimit-Retry, even with limits off', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'status429', retrySeconds: 7, count: 1 })
    const response = await postCardsList(wb.url, wb.token, page)
    expect(response.status).toBe(429)
    expect(response.headers.get('x-ratelimit-retry')).toBe('7')
    expect(response.headers.get('x-ratelimit-limit')).toBe('5')
    expect(await response.json()).toMatchObject({ title: 'too many requests', status: 429, detail: `limited by ${wb.sellerId}` })
    expect(wb.stats().tooManyRequests).toBe(1)
  })

  it('apply to every WB route, streamed statistics pages included', async () => {
    const wb = await sandbox()
    const statistics = '/api/v1/supplier/orders?dateFrom=2020-01-01'
    wb.faults.inject({ kind: 'status5xx', status: 502, count: 1 })
    expect((await wbRequest(wb.url, wb.token, 'GET', '/api/v3/orders/new')).status).toBe(502)
    wb.faults.inject({ kind: 'malformedBody', count: 1 })
    await expect((await wbRequest(wb.url, wb.token, 'POST', '/api/v1/supplies', {})).json()).rejects.toThrow(SyntaxError)
    wb.faults.inject({ kind: 'cutConnection', count: 1 })
    const cut = await wbRequest(wb.url, wb.token, 'GET', statistics)
    expect(cut.status).toBe(200)
    await expect(cut.text()).rejects.toThrow()
    expect(((await (await wbRequest(wb.url, wb.token, 'GET', statistics)).json()) as unknown[]).length).toBe(3000)
  })

  it('lets a token check fail before any fault is used up', async () => {
    const wb = await sandbox()
    wb.faults.inject({ kind: 'status5xx', count: 1 })
    expect((await postCardsList(wb.url, 'not-a-token', page)).status).toBe(401)
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(503)
  })

  // The delay is an hour: close() resolves within the test's limit only if it does not wait for the reply.
  it('closes without waiting for a delayed request', async () => {
    const wb = await startWbSandbox({ rateLimits: false, cardCount: 10 })
    wb.faults.inject({ kind: 'latencyMs', ms: 3_600_000 })
    const pending = postCardsList(wb.url, wb.token, page)
    await untilTaken(wb, 1)
    await wb.close()
    await expect(pending).rejects.toThrow()
  })
})

describe('admin endpoints', () => {
  const admin = (wb: WbSandbox, method: string, path: string, body?: unknown) =>
    fetch(`${wb.url}/__sandbox/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })

  it('inject and clear faults, touch cards and report stats without a WB token', async () => {
    const wb = await sandbox()
    const injected = await admin(wb, 'POST', 'faults', { kind: 'status5xx', status: 502, count: 1 })
    expect(await injected.json()).toEqual({ pending: [{ kind: 'status5xx', status: 502, count: 1 }] })
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(502)

    await admin(wb, 'POST', 'faults', { kind: 'malformedBody' })
    expect((await admin(wb, 'DELETE', 'faults')).status).toBe(204)
    expect(wb.faults.pending()).toEqual([])
    expect((await postCardsList(wb.url, wb.token, page)).status).toBe(200)

    const touched = (await (await admin(wb, 'POST', 'cards/touch', { count: 3 })).json()) as { touched: number[] }
    expect(touched.touched).toHaveLength(3)

    const bad = await admin(wb, 'POST', 'faults', { kind: 'status5xx', status: 418 })
    expect(bad.status).toBe(400)
    expect((await admin(wb, 'POST', 'cards/touch', { count: 'many' })).status).toBe(400)

    expect(await (await admin(wb, 'GET', 'stats')).json()).toEqual({
      requests: { 'POST /content/v2/get/cards/list': 2 },
      tooManyRequests: 0,
      tooManyRequestsByGroup: {}
    })
  })

  const externalAddress = Object.values(networkInterfaces()).flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address

  it.skipIf(externalAddress === undefined)('answer only on the loopback interface', async () => {
    const wb = await sandbox({ host: '0.0.0.0' })
    const fromOutside = await fetch(`http://${externalAddress}:${wb.port}/__sandbox/stats`)
    expect(fromOutside.status).toBe(404)
    const fromLoopback = await fetch(`http://127.0.0.1:${wb.port}/__sandbox/stats`)
    expect(fromLoopback.status).toBe(200)
  })
})
