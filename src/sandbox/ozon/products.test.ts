import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { ozonJson, ozonRequest, walkProductList, type ListPage, type RpcStatus } from './test-helpers'

interface InfoItem {
  id: number
  offer_id: string
  sku: number
  name: string
  price: string
  old_price: string
  min_price: string
  barcodes: string[]
  is_archived: boolean
  is_autoarchived: boolean
  images: string[]
  primary_image: string[]
  statuses: { status: string }
  errors: Array<{ code: string; level: string; field: string; texts: { message: string } }>
  sources: Array<{ sku: number; source: string }>
}

let oz: OzonSandbox
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: false, products: 450, postings: 100 })
})
afterAll(() => oz.close())

const info = (body: unknown) => ozonJson<{ items: InfoItem[] }>(oz, '/v3/product/info/list', body)
const refused = async (path: string, body: unknown): Promise<RpcStatus> => {
  const response = await ozonRequest(oz, path, body)
  expect(response.status).toBe(400)
  return (await response.json()) as RpcStatus
}

describe('/v3/product/list', () => {
  it('pages with last_id to the end: every product once, in product_id order, then an empty page', async () => {
    const active = await walkProductList(oz, 'ALL', 37)
    const archived = await walkProductList(oz, 'ARCHIVED', 37)
    const ids = [...active, ...archived].flatMap((page) => page.result.items.map((item) => item.product_id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(450)
    const activeIds = active.flatMap((page) => page.result.items.map((item) => item.product_id))
    expect(activeIds).toEqual([...activeIds].sort((a, b) => a - b))
    expect(active.at(-1)!.result).toMatchObject({ items: [], last_id: '' })
    for (const page of active.slice(0, -2)) expect(page.result.items).toHaveLength(37)
    expect(active[0]!.result.total).toBe(activeIds.length)
    expect(archived.flatMap((page) => page.result.items).every((item) => item.archived)).toBe(true)
    expect(active.flatMap((page) => page.result.items).some((item) => item.archived)).toBe(false)
  })

  it('encodes last_id as Ozon does, base64 of [id,id]', async () => {
    const page = await ozonJson<ListPage>(oz, '/v3/product/list', { limit: 3 })
    const last = page.result.items.at(-1)!.product_id
    expect(JSON.parse(Buffer.from(page.result.last_id, 'base64').toString())).toEqual([last, last])
  })

  it('narrows by offer_id and product_id (ids as numbers or strings) without a limit', async () => {
    const first = (await ozonJson<ListPage>(oz, '/v3/product/list', { limit: 5 })).result.items
    const byOffer = await ozonJson<ListPage>(oz, '/v3/product/list', { filter: { offer_id: [first[1]!.offer_id, 'NO-SUCH'] } })
    expect(byOffer.result.items.map((item) => item.product_id)).toEqual([first[1]!.product_id])
    const byId = await ozonJson<ListPage>(oz, '/v3/product/list', { filter: { product_id: [String(first[2]!.product_id), first[3]!.product_id] } })
    expect(byId.result.items.map((item) => item.product_id)).toEqual([first[2]!.product_id, first[3]!.product_id])
  })

  it('refuses what Ozon refuses with 400 rpcStatus code 3', async () => {
    for (const body of [{}, { limit: 0 }, { limit: 1001 }, { limit: -1 }, { limit: 'ten' }, { limit: 10, last_id: 'not a cursor!' },
      { limit: 10, filter: { visibility: 'SOMETIMES' } }, { limit: 10, filter: { product_id: ['12a'] } },
      { filter: { offer_id: Array.from({ length: 1001 }, (_, k) => `X-${k}`) } }]) {
      const error = await refused('/v3/product/list', body)
      expect(error, JSON.stringify(body).slice(0, 80)).toMatchObject({ code: 3, details: [] })
      expect(typeof error.message).toBe('string')
    }
    expect((await refused('/v3/product/list', '{"limit": 10')).code).toBe(3)
    expect((await refused('/v3/product/list', '[1,2]')).code).toBe(3)
  })
})

describe('/v3/product/info/list', () => {
  it('answers products by product_id, offer_id and sku together, each once, unknown ids left out', async () => {
    const items = (await ozonJson<ListPage>(oz, '/v3/product/list', { limit: 40 })).result.items
    const [a, b] = items
    const withSku = (await info({ product_id: items.map((item) => item.product_id) })).items.find((item) => item.sku !== 0)!
    const answer = await info({ product_id: [a!.product_id, '999'], offer_id: [b!.offer_id, a!.offer_id], sku: [String(withSku.sku)] })
    expect(answer.items.map((item) => item.id)).toEqual([...new Set([a!.product_id, b!.product_id, withSku.id])])
  })

  it('writes prices as decimal strings and images as URLs the sandbox serves', async () => {
    const ids = (await walkProductList(oz)).flatMap((page) => page.result.items.map((item) => item.product_id))
    const { items } = await info({ product_id: ids.slice(0, 300) })
    expect(items).toHaveLength(300)
    for (const item of items) {
      for (const price of [item.price, item.old_price, item.min_price]) expect(price).toMatch(/^\d+\.\d{2}$/)
      expect(Number(item.old_price)).toBeGreaterThan(Number(item.price))
      expect(item.primary_image).toEqual(item.images.slice(0, 1))
    }
    const withImage = items.find((item) => item.images.length > 0)!
    const image = await fetch(withImage.images[0]!)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/svg+xml')
    expect(items.some((item) => item.price.endsWith('.99'))).toBe(true)
    expect(items.some((item) => item.barcodes.length === 0 || item.barcodes.some((code) => code.startsWith('OZN')))).toBe(true)
  })

  it('reports moderation findings inside the 200, in items[].errors', async () => {
    const ids = [...(await walkProductList(oz, 'ALL', 1000)), ...(await walkProductList(oz, 'ARCHIVED', 1000))]
      .flatMap((page) => page.result.items.map((item) => item.product_id))
    const { items } = await info({ product_id: ids })
    const failed = items.filter((item) => item.statuses.status === 'failed_moderation')
    expect(failed.length).toBeGreaterThan(0)
    for (const item of failed) {
      expect(item.sku).toBe(0)
      expect(item.sources).toEqual([])
      expect(item.errors.some((error) => error.level === 'ERROR_LEVEL_ERROR')).toBe(true)
    }
    const warned = items.filter((item) => item.statuses.status === 'price_sent' && item.errors.length > 0)
    expect(warned.length).toBeGreaterThan(0)
    expect(warned.every((item) => item.errors.every((error) => error.level === 'ERROR_LEVEL_WARNING'))).toBe(true)
    expect(items.filter((item) => item.statuses.status === 'moderating').every((item) => item.sku === 0)).toBe(true)
    expect(items.filter((item) => item.sku !== 0).every((item) => item.sources[0]?.sku === item.sku && item.sources[0].source === 'sds')).toBe(true)
    expect(items.some((item) => item.is_archived) && items.some((item) => item.is_autoarchived)).toBe(true)
  })

  it('refuses an empty request, more than 1000 ids in total and ids that are not int64', async () => {
    expect((await refused('/v3/product/info/list', {})).code).toBe(3)
    expect((await refused('/v3/product/info/list', { product_id: Array.from({ length: 600 }, (_, k) => k + 1), sku: Array.from({ length: 401 }, (_, k) => k + 1) })).code).toBe(3)
    expect((await refused('/v3/product/info/list', { sku: [1.5] })).code).toBe(3)
    expect((await refused('/v3/product/info/list', { offer_id: 'A-1' })).code).toBe(3)
    expect((await info({ product_id: Array.from({ length: 1000 }, (_, k) => k + 1) })).items).toEqual([])
  })
})

describe('edits', () => {
  it('touchProducts renames products and moves updated_at to now, in turn from the first', async () => {
    const first = (await ozonJson<ListPage>(oz, '/v3/product/list', { limit: 1 })).result.items[0]!
    const [before] = (await info({ product_id: [first.product_id] })).items
    const startedAt = Date.now()
    expect(oz.touchProducts(1)).toEqual([first.product_id])
    const [after] = (await info({ product_id: [first.product_id] })).items
    expect(after!.name).not.toBe(before!.name)
    expect(Date.parse((after as unknown as { updated_at: string }).updated_at)).toBeGreaterThanOrEqual(startedAt)
  })
})
