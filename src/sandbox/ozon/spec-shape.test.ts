/**
 * Every answer of every method against its 200 schema in shared/specs/ozon/swagger.json: each field the schema
 * names is there, no field it does not name, each with the schema's type (int64 as a JSON number, date-time as RFC
 * 3339 UTC) and, for enums, one of its values. `null` only where a block or a moment is absent (objects and
 * date-times). Skipped when the specs are not checked out next to the project.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from './index'
import { manualClock, ozonJson, utcDateTime, wholeHistory } from './test-helpers'

const specPath = resolve(__dirname, '../../../../shared/specs/ozon/swagger.json')

interface Schema {
  $ref?: string
  type?: string
  format?: string
  enum?: string[]
  properties?: Record<string, Schema>
  items?: Schema
  allOf?: Schema[]
}

type Spec = { paths: Record<string, { post: { responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }> }

function resolveRef(spec: Spec, schema: Schema): Schema {
  if (!schema.$ref) return schema
  let node: unknown = spec
  for (const part of schema.$ref.replace('#/', '').split('/')) node = (node as Record<string, unknown>)[part]
  return resolveRef(spec, node as Schema)
}

function problemsOf(spec: Spec, rawSchema: Schema, value: unknown, path: string, problems: string[]): void {
  let schema = resolveRef(spec, rawSchema)
  if (schema.allOf) schema = { type: 'object', properties: Object.assign({}, ...schema.allOf.map((part) => resolveRef(spec, part).properties)) as Record<string, Schema> }
  const isObject = schema.properties !== undefined || schema.type === 'object'
  if (value === null) {
    if (!isObject && schema.format !== 'date-time') problems.push(`${path}: null`)
    return
  }
  if (schema.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path}: not an object`)
      return
    }
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) if (!(key in schema.properties)) problems.push(`${path}.${key}: not in the schema`)
    for (const [key, child] of Object.entries(schema.properties)) {
      if (!(key in record)) problems.push(`${path}.${key}: missing`)
      else problemsOf(spec, child, record[key], `${path}.${key}`, problems)
    }
    return
  }
  if (schema.type === 'array' || schema.items) {
    if (!Array.isArray(value)) problems.push(`${path}: not an array`)
    else value.forEach((item, k) => problemsOf(spec, schema.items ?? {}, item, `${path}[${k}]`, problems))
    return
  }
  switch (schema.type) {
    case 'integer':
      if (!Number.isSafeInteger(value)) problems.push(`${path}: ${JSON.stringify(value)} is not an integer`)
      return
    case 'number':
      if (typeof value !== 'number') problems.push(`${path}: ${JSON.stringify(value)} is not a number`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${path}: ${JSON.stringify(value)} is not a boolean`)
      return
    case 'string':
      if (typeof value !== 'string') problems.push(`${path}: ${JSON.stringify(value)} is not a string`)
      else if (schema.format === 'date-time' && !utcDateTime.test(value)) problems.push(`${path}: ${value} is not RFC 3339 UTC`)
      else if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${value} is not one of the enum`)
      return
    default:
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) problems.push(`${path}: an object where the schema has none`)
  }
}

describe.skipIf(!existsSync(specPath))('answers against shared/specs/ozon/swagger.json', () => {
  const clock = manualClock()
  let spec: Spec
  let oz: OzonSandbox
  beforeAll(async () => {
    spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec
    oz = await startOzonSandbox({ rateLimits: false, products: 300, postings: 400, now: clock.now })
  })
  afterAll(() => oz?.close())

  async function check(path: string, body: unknown): Promise<unknown> {
    const answer = await ozonJson<unknown>(oz, path, body)
    const schema = spec.paths[path]!.post.responses['200']!.content!['application/json']!.schema
    const problems: string[] = []
    problemsOf(spec, schema, answer, path, problems)
    expect([...new Set(problems.map((problem) => problem.replace(/\[\d+\]/g, '[]')))]).toEqual([])
    return answer
  }

  it('the check itself finds a missing field, a stray field, a wrong type and a value outside an enum', () => {
    const schema = spec.paths['/v3/product/list']!.post.responses['200']!.content!['application/json']!.schema
    const problems: string[] = []
    problemsOf(spec, schema, { result: { items: [{ product_id: '1', offer_id: 'A', archived: false, has_fbo_stocks: false, has_fbs_stocks: false, quants: [], extra: 1 }], last_id: '' } }, 'list', problems)
    expect(problems).toEqual(['list.result.items[0].extra: not in the schema', 'list.result.items[0].is_discounted: missing', 'list.result.items[0].product_id: "1" is not an integer', 'list.result.total: missing'])
    const warehouses = spec.paths['/v2/warehouse/list']!.post.responses['200']!.content!['application/json']!.schema
    const more: string[] = []
    problemsOf(spec, resolveRef(spec, resolveRef(spec, warehouses).properties!.warehouses!).items!, { carriage_label_type: 'HUGE' }, 'w', more)
    expect(more).toContain('w.carriage_label_type: HUGE is not one of the enum')
  })

  it('the catalogue methods', async () => {
    const list = await check('/v3/product/list', { limit: 1000 }) as { result: { items: Array<{ product_id: number }> } }
    await check('/v3/product/list', { limit: 1000, filter: { visibility: 'ARCHIVED' } })
    await check('/v3/product/info/list', { product_id: list.result.items.map((item) => item.product_id) })
    const stocks = await check('/v4/product/info/stocks', { filter: {}, limit: 1000 }) as { items: Array<{ stocks: Array<{ sku: number }> }> }
    await check('/v1/product/info/stocks-by-warehouse/fbs', { sku: stocks.items.flatMap((item) => item.stocks.slice(0, 1).map((row) => String(row.sku))).slice(0, 500) })
  })

  it('the warehouse, posting and account methods', async () => {
    await check('/v2/warehouse/list', { limit: 200 })
    const history = wholeHistory(clock.now())
    for (const withBlocks of [{}, { analytics_data: true, financial_data: true, barcodes: true, legal_info: true }]) {
      let cursor = ''
      for (let has = true; has;) {
        const page = await check('/v4/posting/fbs/list', { filter: history, limit: 100, cursor, with: withBlocks }) as { cursor: string; has_next: boolean }
        cursor = page.cursor
        has = page.has_next
      }
    }
    for (const withBlocks of [{}, { analytics_data: true, financial_data: true, legal_info: true }]) {
      let cursor = ''
      for (let has = true; has;) {
        const page = await check('/v3/posting/fbo/list', { filter: history, limit: 100, cursor, with: withBlocks }) as { cursor: string; has_next: boolean }
        cursor = page.cursor
        has = page.has_next
      }
    }
    await check('/v1/roles', {})
    await check('/v1/seller/info', {})
  })
})
