import { describe, expect, it } from 'vitest'
import type { SferaError } from '../../../shared/domain/errors'
import { accountsCalls } from '../../../shared/ipc/accounts'
import { ozonProvider } from '.'

const apiKey = '3fa85f64-5717-4562-b3fc-2c963f66afa6'

const refusal = (fields: Record<string, string>) => {
  try {
    ozonProvider.inspectFields(fields)
  } catch (error) {
    return { code: (error as SferaError).code, params: (error as SferaError).params }
  }
  return null
}

describe('Ozon account fields', () => {
  it('asks for the Client-Id in the open and keeps the API key secret', () => {
    expect(ozonProvider.accountFields.map(({ key, secret }) => ({ key, secret }))).toEqual([
      { key: 'clientId', secret: false },
      { key: 'apiKey', secret: true }
    ])
  })

  it('lets the form send the fields by their keys', () => {
    const input = { marketplace: 'ozon', name: 'Озон', fields: { clientId: '123456', apiKey: apiKey } }
    expect(accountsCalls['accounts.create'].input.safeParse(input).success).toBe(true)
  })

  it('takes a digits-only Client-Id and a key of Ozon’s form; the two say nothing of themselves', () => {
    expect(ozonProvider.inspectFields({ clientId: '123456', apiKey: apiKey })).toBeNull()
    expect(ozonProvider.inspectFields({ clientId: '1', apiKey: apiKey.toUpperCase() })).toBeNull()
  })

  it.each([
    [{ clientId: '12 34', apiKey: apiKey }, 'clientId', 'not_digits'],
    [{ clientId: 'Client-Id: 1', apiKey: apiKey }, 'clientId', 'not_digits'],
    [{ clientId: '123456', apiKey: apiKey.slice(0, 20) }, 'apiKey', 'not_an_api_key'],
    [{ clientId: '123456', apiKey: `Api-Key: ${apiKey}` }, 'apiKey', 'not_an_api_key'],
    [{ clientId: apiKey, apiKey: '123456' }, 'clientId', 'swapped']
  ])('refuses %j naming %s (%s)', (fields, field, issue) => {
    expect(refusal(fields)).toEqual({ code: 'invalid_input', params: { field, issue } })
  })
})
