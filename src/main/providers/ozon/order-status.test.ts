import { describe, expect, it } from 'vitest'
import { ozonMarketplaceStatus, ozonOrderStatus } from './order-status'

describe('Ozon posting statuses', () => {
  it.each([
    // FBS and rFBS (/v4/posting/fbs/list, its filter list adds delivered and sent_by_seller).
    ['awaiting_verification', 'placed'],
    ['awaiting registration', 'placed'],
    ['acceptance_in_progress', 'placed'],
    ['awaiting_approve', 'placed'],
    ['awaiting_packaging', 'placed'],
    ['awaiting_deliver', 'in_assembly'],
    ['not_accepted', 'in_assembly'],
    ['driver_pickup', 'shipped'],
    ['sent_by_seller', 'shipped'],
    ['delivering', 'shipped'],
    ['arbitration', 'shipped'],
    ['client_arbitration', 'shipped'],
    ['delivered', 'delivered'],
    ['cancelled', 'cancelled'],
    ['cancelled_from_split_pending', 'cancelled']
  ])('maps %s to %s', (status, canonical) => {
    expect(ozonOrderStatus(status)).toBe(canonical)
  })

  it('maps the FBO list’s five statuses the same way', () => {
    expect(['awaiting_packaging', 'awaiting_deliver', 'delivering', 'delivered', 'cancelled'].map(ozonOrderStatus)).toEqual([
      'placed',
      'in_assembly',
      'shipped',
      'delivered',
      'cancelled'
    ])
  })

  it('tells a status Ozon adds later as placed; no posting status means returned', () => {
    expect(ozonOrderStatus('awaiting_something_new')).toBe('placed')
    expect(ozonOrderStatus('returned')).toBe('placed')
  })

  it('keeps Ozon’s own status with its substatus', () => {
    expect(ozonMarketplaceStatus('delivering', 'posting_in_pickup_point')).toBe('delivering/posting_in_pickup_point')
    expect(ozonMarketplaceStatus('delivered', '')).toBe('delivered')
  })
})
