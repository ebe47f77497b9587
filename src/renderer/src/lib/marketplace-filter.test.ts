import { describe, expect, it } from 'vitest'
import { schemesHint } from './fulfilment-schemes'
import { allMarketplaces, isMarketplaceChoice, marketplacesInView, marketplacesOf } from './marketplace-filter'

describe('marketplace filter', () => {
  it('asks for every marketplace or only the chosen one', () => {
    expect(marketplacesOf(allMarketplaces)).toBeUndefined()
    expect(marketplacesOf('ozon')).toEqual(['ozon'])
  })

  it('accepts only the known choices', () => {
    expect(isMarketplaceChoice('yandex-market')).toBe(true)
    expect(isMarketplaceChoice(allMarketplaces)).toBe(true)
    expect(isMarketplaceChoice('avito')).toBe(false)
  })

  it("sees the chosen marketplace, or the selected cabinets' marketplaces once each in the usual order", () => {
    const cabinets = [{ marketplace: 'ozon' }, { marketplace: 'wildberries' }, { marketplace: 'ozon' }] as const
    expect(marketplacesInView(allMarketplaces, cabinets)).toEqual(['wildberries', 'ozon'])
    expect(marketplacesInView('yandex-market', cabinets)).toEqual(['yandex-market'])
    expect(marketplacesInView(allMarketplaces, [])).toEqual([])
  })
})

describe('fulfilment scheme hints', () => {
  it("names each marketplace's scheme once, so a WB seller reads FBS / FBW", () => {
    expect(schemesHint('seller', ['wildberries'])).toBe('FBS')
    expect(schemesHint('marketplace', ['wildberries'])).toBe('FBW')
    expect(schemesHint('seller', ['wildberries', 'ozon', 'yandex-market'])).toBe('FBS')
    expect(schemesHint('marketplace', ['wildberries', 'ozon', 'yandex-market'])).toBe('FBW / FBO / FBY')
    expect(schemesHint('marketplace', [])).toBe('')
  })
})
