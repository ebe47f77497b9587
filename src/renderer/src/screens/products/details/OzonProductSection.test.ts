import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { OzonProductDetails } from '../../../../../shared/domain/ozon-details'
import { en } from '../../../i18n/en'
import { ru } from '../../../i18n/ru'
import { ProductMarketplaceSection } from './ProductMarketplaceSection'

async function render(details: OzonProductDetails, lng: 'ru' | 'en' = 'ru'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, resources: { ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } })
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ProductMarketplaceSection, { details })))
  return html.replace(/\s/g, ' ')
}

const product: OzonProductDetails = {
  marketplace: 'ozon',
  sku: 1904686181,
  status: 'price_sent',
  statusName: 'Продается',
  moderateStatus: 'approved',
  validationStatus: 'success',
  price: { kopecks: 129_000, currency: 'RUB' },
  oldPrice: { kopecks: 159_050, currency: 'RUB' },
  minPrice: null,
  isArchived: false,
  isAutoarchived: false,
  descriptionCategoryId: 17028922,
  typeId: 93244,
  errors: []
}

describe('the Ozon section of a product', () => {
  it('shows the SKU, the statuses in words and the prices in kopecks as money', async () => {
    const html = await render(product)
    expect(html).toContain('data-testid="ozon-product-section"')
    expect(html).toContain('1904686181')
    expect(html).toContain('Продаётся')
    expect(html).toContain('Одобрен')
    expect(html).toContain('1 290,00 ₽')
    expect(html).toContain('<s>')
    expect(html).toContain('1 590,50 ₽')
    expect(html).toContain('Ozon не сообщил об ошибках')
  })

  it('lists Ozon’s errors by level, and shows statuses it has no words for as Ozon named them', async () => {
    const html = await render({
      ...product,
      sku: null,
      status: 'new_status',
      statusName: 'Новый статус',
      moderateStatus: 'postmoderation',
      isArchived: true,
      isAutoarchived: true,
      errors: [
        { code: 'error_attribute_values_empty', level: 'ERROR_LEVEL_ERROR', field: 'attribute', attributeId: 85, message: 'Не заполнен бренд' },
        { code: 'small_image', level: 'ERROR_LEVEL_SOMETHING', field: 'images', attributeId: null, message: '' }
      ]
    })
    expect(html).toContain('ещё не присвоен')
    expect(html).toContain('Новый статус')
    expect(html).toContain('postmoderation')
    expect(html).toContain('перенесён Ozon автоматически')
    expect(html).toContain('Критическая: товар не продаётся')
    expect(html).toContain('status--danger')
    expect(html).toContain('атрибут 85')
    expect(html).toContain('Не заполнен бренд')
    expect(html).toContain('ERROR_LEVEL_SOMETHING')
    expect(html).toContain('small_image')
    expect(await render(product, 'en')).toContain('On sale')
  })
})
