import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { OzonOrderDetails } from '../../../../../shared/domain/ozon-details'
import { en } from '../../../i18n/en'
import { ru } from '../../../i18n/ru'
import { OrderMarketplaceSection } from './OrderMarketplaceSection'

async function render(details: OzonOrderDetails, lng: 'ru' | 'en' = 'ru'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, resources: { ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } })
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(OrderMarketplaceSection, { details })))
}

const posting: OzonOrderDetails = {
  marketplace: 'ozon',
  postingNumber: '39268230-0002-3',
  orderId: 680420041,
  orderNumber: '39268230-0002',
  scheme: 'fbs',
  substatus: 'posting_created',
  shipmentDate: '2026-11-28T13:05:00Z',
  deliverySchema: 'FBS',
  warehouseId: 1020000901,
  cancelReason: '',
  cancellationInitiator: ''
}

describe('the Ozon section of an order', () => {
  it('shows the posting, its scheme, the substatus in words and the packing deadline in Moscow time', async () => {
    const html = await render(posting)
    expect(html).toContain('data-testid="ozon-order-section"')
    expect(html).toContain('39268230-0002-3')
    expect(html).toContain('FBS — со своего склада')
    expect(html).toContain('Создано')
    expect(html).toContain('28 нояб. 2026, 16:05')
    expect(html).not.toContain('Причина отмены')
  })

  it('shows a substatus and an initiator it has no words for as Ozon sent them, and the cancellation', async () => {
    const html = await render({ ...posting, substatus: 'posting_new_kind', cancelReason: 'Покупатель передумал', cancellationInitiator: 'Client' })
    expect(html).toContain('posting_new_kind')
    expect(html).toContain('Покупатель передумал')
    expect(html).toContain('Покупатель')
    const other = await render({ ...posting, scheme: 'fbo', cancelReason: 'x', cancellationInitiator: 'Marketplace.Partner' }, 'en')
    expect(other).toContain('FBO — from an Ozon warehouse')
    expect(other).toContain('Marketplace.Partner')
  })
})
