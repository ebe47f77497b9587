import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SferaError } from '../../shared/domain/errors'
import { malformedResponse } from './malformed-response'

function zodError(schema: z.ZodType, value: unknown): z.ZodError {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('the value was expected to fail the schema')
  return parsed.error
}

const method = 'POST /content/v2/get/cards/list'

describe('malformedResponse', () => {
  it('names the service, the method, the JSON path of the first bad field and the type expected', () => {
    const schema = z.object({ cards: z.array(z.object({ sizes: z.array(z.object({ chrtID: z.number().int() })) })) })
    const body = { cards: [{ sizes: [] }, { sizes: [] }, { sizes: [] }, { sizes: [{ chrtID: 'Иванов И. И.' }] }] }
    const error = malformedResponse('Wildberries', method, zodError(schema, body))
    expect(error).toBeInstanceOf(SferaError)
    expect(error.code).toBe('malformed_response')
    expect(error.params).toEqual({ service: 'Wildberries', method, field: 'cards[3].sizes[0].chrtID', expected: 'number' })
    expect(error.message).toBe(
      'Wildberries ответил в неожиданном формате: POST /content/v2/get/cards/list, поле cards[3].sizes[0].chrtID — ожидалось number'
    )
    expect(JSON.stringify(error.params) + error.message).not.toContain('Иванов')
  })

  it('puts the position of a validated part before its own path', () => {
    const row = z.object({ lastChangeDate: z.string() })
    const error = malformedResponse('Ozon', 'GET /api/v1/supplier/orders', zodError(row, { lastChangeDate: 20261101 }), [12])
    expect(error.params).toMatchObject({ field: '[12].lastChangeDate', expected: 'string' })
    expect(error.message).toBe('Ozon ответил в неожиданном формате: GET /api/v1/supplier/orders, поле [12].lastChangeDate — ожидалось string')
  })

  it('says the whole body was not JSON, with no field', () => {
    const error = malformedResponse('Yandex Market', 'GET /campaigns', 'a JSON body')
    expect(error.params).toEqual({ service: 'Yandex Market', method: 'GET /campaigns', field: '', expected: 'a JSON body' })
    expect(error.message).toBe('Yandex Market ответил в неожиданном формате: GET /campaigns — ожидалось a JSON body')
  })

  it('quotes keys that are not identifiers', () => {
    const schema = z.object({ 'rate-limit': z.object({ left: z.number() }) })
    expect(malformedResponse('S', 'GET /x', zodError(schema, { 'rate-limit': { left: null } })).params?.field).toBe('["rate-limit"].left')
  })

  it.each<[string, z.ZodType, unknown, string]>([
    ['an enum', z.object({ stage: z.enum(['list', 'details']) }), { stage: 'archived' }, 'one of: list, details'],
    ['a literal', z.object({ stage: z.literal('list') }), { stage: 'archived' }, 'list'],
    ['a maximum', z.object({ ids: z.array(z.number()).max(2) }), { ids: [1, 2, 3] }, 'at most 2 items'],
    ['a minimum', z.object({ srid: z.string().min(1) }), { srid: '' }, 'at least 1 character'],
    ['a positive number', z.object({ nmID: z.number().positive() }), { nmID: 0 }, 'more than 0'],
    ['a format', z.object({ at: z.iso.datetime() }), { at: 'вчера' }, 'a string in datetime format'],
    ['a union', z.object({ id: z.union([z.string(), z.number()]) }), { id: true }, 'string or number'],
    [
      'a discriminated union',
      z.object({ cursor: z.discriminatedUnion('stage', [z.object({ stage: z.literal('a') }), z.object({ stage: z.literal('b') })]) }),
      { cursor: { stage: 'c' } },
      'one of: a, b'
    ],
    ['extra keys', z.strictObject({ id: z.number() }), { id: 1, 'Иванов': 1 }, 'no other keys']
  ])('describes %s without the value received', (_, schema, body, expected) => {
    const error = malformedResponse('S', 'GET /x', zodError(schema, body))
    expect(error.params?.expected).toBe(expected)
    expect(JSON.stringify(error.params)).not.toMatch(/archived|вчера|Иванов|true/)
  })
})
