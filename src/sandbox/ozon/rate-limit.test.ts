import { afterEach, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox, type OzonSandboxOptions } from './index'
import { PerSecondLimiter } from './rate-limit'
import { manualClock, ozonRequest } from './test-helpers'

const running: OzonSandbox[] = []
async function sandbox(options: OzonSandboxOptions): Promise<OzonSandbox> {
  const started = await startOzonSandbox({ products: 20, postings: 10, ...options })
  running.push(started)
  return started
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()))
})

const RATE_LIMITED = { code: 8, message: 'You have reached request rate limit per second', details: [] }

describe('per-second window', () => {
  it('lets 50 requests through in any second, counts only those let through', () => {
    const clock = manualClock()
    const limiter = new PerSecondLimiter({ perSecond: 50 }, clock.now)
    for (let k = 0; k < 50; k++) {
      expect(limiter.take('1')).toBe(true)
      clock.advance(10)
    }
    expect(limiter.take('1')).toBe(false)
    clock.advance(499)
    expect(limiter.take('1')).toBe(false)
    clock.advance(1)
    expect(limiter.take('1')).toBe(true)
    expect(limiter.take('2')).toBe(true)
  })

  it('scales the window', () => {
    const clock = manualClock()
    const limiter = new PerSecondLimiter({ perSecond: 2 }, clock.now, 0.01)
    expect([limiter.take('1'), limiter.take('1'), limiter.take('1')]).toEqual([true, true, false])
    clock.advance(10)
    expect(limiter.take('1')).toBe(true)
  })
})

describe('429 over the wire', () => {
  it('answers the 51st request of a second across all methods with Ozon\'s 429 body, per Client-Id', async () => {
    const clock = manualClock()
    const oz = await sandbox({ now: clock.now })
    const paths = ['/v1/roles', '/v1/seller/info', '/v2/warehouse/list']
    const statuses: number[] = []
    for (let k = 0; k < 50; k++) statuses.push((await ozonRequest(oz, paths[k % 3]!, { limit: 10 })).status)
    expect(new Set(statuses)).toEqual(new Set([200]))
    const refused = await ozonRequest(oz, '/v3/product/list', { limit: 10 })
    expect(refused.status).toBe(429)
    expect(await refused.json()).toEqual(RATE_LIMITED)
    const otherSeller = oz.mintKey({ clientId: '777' })
    expect((await ozonRequest({ ...oz, clientId: '777', apiKey: otherSeller }, '/v1/roles')).status).toBe(200)
    clock.advance(1000)
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(200)
    expect(oz.stats().tooManyRequests).toBe(1)
  })

  it('gives some of a concurrent burst of 80 the 429, the rest 200', async () => {
    const clock = manualClock()
    const oz = await sandbox({ now: clock.now })
    const answers = await Promise.all(Array.from({ length: 80 }, () => ozonRequest(oz, '/v1/roles')))
    const statuses = answers.map((response) => response.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(50)
    expect(statuses.filter((status) => status === 429)).toHaveLength(30)
    const bodies = await Promise.all(answers.filter((response) => response.status === 429).map((response) => response.json()))
    expect(bodies.every((body) => JSON.stringify(body) === JSON.stringify(RATE_LIMITED))).toBe(true)
  })

  it('has no limit with rateLimits: false, and another with { perSecond }', async () => {
    const clock = manualClock()
    const off = await sandbox({ now: clock.now, rateLimits: false })
    const statuses = await Promise.all(Array.from({ length: 120 }, async () => (await ozonRequest(off, '/v1/roles')).status))
    expect(new Set(statuses)).toEqual(new Set([200]))
    const strict = await sandbox({ now: clock.now, rateLimits: { perSecond: 2 } })
    const three = []
    for (let k = 0; k < 3; k++) three.push((await ozonRequest(strict, '/v1/roles')).status)
    expect(three).toEqual([200, 200, 429])
  })

  it('checks the key before the limit: requests with a wrong key use none of it', async () => {
    const clock = manualClock()
    const oz = await sandbox({ now: clock.now, rateLimits: { perSecond: 1 } })
    expect((await ozonRequest({ ...oz, apiKey: 'wrong' }, '/v1/roles')).status).toBe(404)
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(200)
    expect((await ozonRequest(oz, '/v1/roles')).status).toBe(429)
  })
})
