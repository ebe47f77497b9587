import { describe, expect, it } from 'vitest'
import { endpointsFromEnv } from '../../endpoints'
import { ozonEndpointsOf } from './hosts'

describe('Ozon base URLs', () => {
  it('is Ozon’s Seller API host unless the environment points it elsewhere', () => {
    expect(endpointsFromEnv({}).ozon).toEqual({ seller: 'https://api-seller.ozon.ru' })
    expect(endpointsFromEnv({ SFERA_OZON_URL: 'http://127.0.0.1:4100/' }).ozon).toEqual({ seller: 'http://127.0.0.1:4100' })
    expect(endpointsFromEnv({ SFERA_OZON_URL: 'http://127.0.0.1:4100', SFERA_OZON_SELLER_URL: 'http://127.0.0.1:4200' }).ozon).toEqual({
      seller: 'http://127.0.0.1:4200'
    })
  })

  it('refuses endpoints without the seller host: the core builds them from the declaration', () => {
    expect(() => ozonEndpointsOf({})).toThrow('Ozon base URLs missing for seller')
  })
})
