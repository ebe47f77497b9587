import { describe, expect, it } from 'vitest'
import { isPlaceholderScreen, parseRoute, routeHref } from './routes'

describe('routes', () => {
  it('parses a screen and an optional section from the hash', () => {
    expect(parseRoute('#/settings/add')).toEqual({ screen: 'settings', section: 'add' })
    expect(parseRoute('#/orders')).toEqual({ screen: 'orders', section: null })
  })

  it('opens the products screen for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'products', section: null })
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'products', section: null })
  })

  it('still opens the stock screen from its earlier address', () => {
    expect(parseRoute('#/stock')).toEqual({ screen: 'stocks', section: null })
  })

  it('knows the sales and supplies screens, with their tabs as sections', () => {
    expect(parseRoute('#/sales')).toEqual({ screen: 'sales', section: null })
    expect(parseRoute('#/supplies/fbw')).toEqual({ screen: 'supplies', section: 'fbw' })
  })

  it('builds hrefs that parse back', () => {
    expect(parseRoute(routeHref('settings', 'add'))).toEqual({ screen: 'settings', section: 'add' })
    expect(routeHref('products')).toBe('#/products')
  })

  it('knows which screens are placeholders', () => {
    expect(isPlaceholderScreen('counterparties')).toBe(true)
    expect(isPlaceholderScreen('products')).toBe(false)
    expect(isPlaceholderScreen('stocks')).toBe(false)
    expect(isPlaceholderScreen('orders')).toBe(false)
  })
})
