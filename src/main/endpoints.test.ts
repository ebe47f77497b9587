import { describe, expect, it } from 'vitest'
import { endpointsFromEnv, everyHostAt } from './endpoints'
import { wildberriesProvider } from './providers/wildberries'

describe('endpointsFromEnv', () => {
  it('gives every provider its real hosts when nothing is set', () => {
    expect(endpointsFromEnv({}).wildberries).toEqual({
      content: 'https://content-api.wildberries.ru',
      marketplace: 'https://marketplace-api.wildberries.ru',
      statistics: 'https://statistics-api.wildberries.ru',
      analytics: 'https://seller-analytics-api.wildberries.ru',
      supplies: 'https://supplies-api.wildberries.ru'
    })
  })

  it("points all of a provider's hosts at one origin, and a host's own variable wins over it", () => {
    const wb = endpointsFromEnv({ SFERA_WB_URL: 'http://127.0.0.1:4000/', SFERA_WB_STATISTICS_URL: 'http://127.0.0.1:5000' }).wildberries
    expect(wb).toEqual({ ...everyHostAt(wildberriesProvider, 'http://127.0.0.1:4000'), statistics: 'http://127.0.0.1:5000' })
  })

  it('names the variable that holds something other than an http(s) URL', () => {
    expect(() => endpointsFromEnv({ SFERA_WB_URL: 'not a url' })).toThrow('SFERA_WB_URL is not a URL')
    expect(() => endpointsFromEnv({ SFERA_WB_CONTENT_URL: 'file:///etc' })).toThrow('SFERA_WB_CONTENT_URL must be an http(s) URL')
  })
})
