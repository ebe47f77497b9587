import { afterEach, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonRequest, wholeHistory } from './test-helpers'

const running: OzonSandbox[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()))
})

async function sandbox(seed: number): Promise<OzonSandbox> {
  const clock = manualClock()
  const started = await startOzonSandbox({ seed, rateLimits: false, products: 200, postings: 300, now: clock.now })
  running.push(started)
  return started
}

/** What a sync reads, with the sandbox's own origin taken out of image URLs. */
async function snapshot(oz: OzonSandbox): Promise<string[]> {
  const history = wholeHistory(manualClock().now())
  const requests: Array<[string, unknown]> = [
    ['/v3/product/list', { limit: 1000 }],
    ['/v3/product/list', { limit: 1000, filter: { visibility: 'ARCHIVED' } }],
    ['/v4/product/info/stocks', { filter: {}, limit: 1000 }],
    ['/v2/warehouse/list', { limit: 200 }],
    ['/v4/posting/fbs/list', { filter: history, limit: 100, with: { analytics_data: true, financial_data: true, barcodes: true, legal_info: true } }],
    ['/v3/posting/fbo/list', { filter: history, limit: 100, with: { analytics_data: true, financial_data: true, legal_info: true } }],
    ['/v1/roles', {}],
    ['/v1/seller/info', {}]
  ]
  const texts = []
  for (const [path, body] of requests) texts.push((await (await ozonRequest(oz, path, body)).text()).replaceAll(oz.url, 'ORIGIN'))
  const ids = (JSON.parse(texts[0]!) as { result: { items: Array<{ product_id: number }> } }).result.items.map((item) => item.product_id)
  texts.push((await (await ozonRequest(oz, '/v3/product/info/list', { product_id: ids })).text()).replaceAll(oz.url, 'ORIGIN'))
  return texts
}

describe('determinism', () => {
  it('builds the same world from the same seed and clock: same credentials, same answers', async () => {
    const [a, b] = [await sandbox(5), await sandbox(5)]
    expect([a.clientId, a.apiKey]).toEqual([b.clientId, b.apiKey])
    expect(await snapshot(a)).toEqual(await snapshot(b))
  })

  it('builds another world from another seed', async () => {
    const [a, b] = [await sandbox(5), await sandbox(6)]
    expect(a.clientId).not.toBe(b.clientId)
    expect(a.apiKey).not.toBe(b.apiKey)
    const [first, second] = [await snapshot(a), await snapshot(b)]
    for (let k = 0; k < 6; k++) expect(first[k], `request ${k}`).not.toEqual(second[k])
  })
})
