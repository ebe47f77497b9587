import { afterEach, describe, expect, it } from 'vitest'
import { Faults, parseFaultSpec } from './faults'
import { startOzonSandbox, type OzonSandbox } from './index'
import { ozonRequest } from './test-helpers'

const running: OzonSandbox[] = []
async function sandbox(): Promise<OzonSandbox> {
  const started = await startOzonSandbox({ rateLimits: false, products: 30, postings: 10 })
  running.push(started)
  return started
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()))
})

const LIST = '/v3/product/list'
const listBody = { limit: 5 }

describe('fault queue', () => {
  it('applies a fault to the next count requests of its path, or of every path', () => {
    const faults = new Faults()
    faults.inject({ kind: 'status5xx', status: 502, count: 2, path: LIST })
    faults.inject({ kind: 'circleOpen', count: 1 })
    expect(faults.next('/v1/roles').outcome?.kind).toBe('circleOpen')
    expect(faults.next('/v1/roles')).toEqual({ latencyMs: 0 })
    expect(faults.next(LIST).outcome).toEqual({ kind: 'status5xx', status: 502, count: 1, path: LIST })
    expect(faults.next(LIST).outcome?.kind).toBe('status5xx')
    expect(faults.next(LIST)).toEqual({ latencyMs: 0 })
  })

  it('counts `after` on the fault\'s own path only', () => {
    const faults = new Faults()
    faults.inject({ kind: 'malformedBody', after: 1, count: 1, path: LIST })
    expect(faults.next('/v1/roles')).toEqual({ latencyMs: 0 })
    expect(faults.next(LIST)).toEqual({ latencyMs: 0 })
    expect(faults.next(LIST).outcome?.kind).toBe('malformedBody')
    expect(faults.pending()).toEqual([])
  })

  it('validates faults sent over HTTP', () => {
    expect(parseFaultSpec({ kind: 'circleOpen', status: 429, count: 2, path: LIST })).toEqual({ kind: 'circleOpen', status: 429, count: 2, path: LIST })
    expect(parseFaultSpec({ kind: 'status5xx', status: 504 })).toEqual({ kind: 'status5xx', status: 504 })
    for (const invalid of [null, {}, { kind: 'explode' }, { kind: 'latencyMs' }, { kind: 'status5xx', status: 501 }, { kind: 'circleOpen', status: 502 },
      { kind: 'cutConnection', count: 0 }, { kind: 'status429', path: 'v3/product/list' }, { kind: 'malformedBody', after: -1 }]) {
      expect(typeof parseFaultSpec(invalid), JSON.stringify(invalid)).toBe('string')
    }
  })
})

describe('faults over the wire', () => {
  it('fails the next N answers of a method with a 5xx, then answers again', async () => {
    const oz = await sandbox()
    oz.faults.inject({ kind: 'status5xx', status: 500, count: 2, path: LIST })
    const first = await ozonRequest(oz, LIST, listBody)
    expect([first.status, await first.json()]).toEqual([500, { code: 13, message: 'Internal error', details: [] }])
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(200)
    const second = await ozonRequest(oz, LIST, listBody)
    expect(second.status).toBe(500)
    expect((await ozonRequest(oz, LIST, listBody)).status).toBe(200)
    oz.faults.inject({ kind: 'status5xx', count: 1 })
    const gateway = await ozonRequest(oz, '/v1/roles')
    expect([gateway.status, gateway.headers.get('content-type')]).toEqual([503, 'text/html'])
  })

  it('answers "Circle is open" while the fault lasts', async () => {
    const oz = await sandbox()
    oz.faults.inject({ kind: 'circleOpen', path: LIST })
    for (let k = 0; k < 3; k++) {
      const response = await ozonRequest(oz, LIST, listBody)
      expect([response.status, await response.json()]).toEqual([503, { code: 14, message: 'Circle is open', details: [] }])
    }
    expect((await ozonRequest(oz, '/v1/seller/info')).status).toBe(200)
    oz.faults.clear()
    expect((await ozonRequest(oz, LIST, listBody)).status).toBe(200)
  })

  it('sends a 429, a malformed body and a cut connection', async () => {
    const oz = await sandbox()
    oz.faults.inject({ kind: 'status429', count: 1 })
    oz.faults.inject({ kind: 'malformedBody', count: 1, after: 1 })
    const limited = await ozonRequest(oz, LIST, listBody)
    expect([limited.status, await limited.json()]).toEqual([429, { code: 8, message: 'You have reached request rate limit per second', details: [] }])
    const malformed = await ozonRequest(oz, LIST, listBody)
    expect(malformed.status).toBe(200)
    await expect(malformed.json()).rejects.toThrow()
    oz.faults.inject({ kind: 'cutConnection', count: 1 })
    await expect(ozonRequest(oz, LIST, listBody).then((response) => response.text())).rejects.toThrow()
    expect((await ozonRequest(oz, LIST, listBody)).status).toBe(200)
  })

  it('takes faults from the admin route, after the key check', async () => {
    const oz = await sandbox()
    const injected = await fetch(`${oz.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'circleOpen', status: 429, count: 1, path: '/v1/roles' }) })
    expect(await injected.json()).toEqual({ pending: [{ kind: 'circleOpen', status: 429, count: 1, path: '/v1/roles' }] })
    expect((await ozonRequest({ ...oz, apiKey: 'wrong' }, '/v1/roles')).status).toBe(404)
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(429)
    expect((await fetch(`${oz.url}/__sandbox/faults`, { method: 'POST', body: '{"kind":"nope"}' })).status).toBe(400)
    expect((await fetch(`${oz.url}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(204)
    const stats = await (await fetch(`${oz.url}/__sandbox/stats`)).json() as { requests: Record<string, number> }
    expect(stats.requests['POST /v1/roles']).toBe(2)
  })

  it('delays by latencyMs', async () => {
    const oz = await sandbox()
    oz.faults.inject({ kind: 'latencyMs', ms: 150, count: 1 })
    const started = performance.now()
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })
})
