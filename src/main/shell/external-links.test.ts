import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from './external-links'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://seller.wildberries.ru/supplies-management',
    'https://dev.wildberries.ru/openapi/work-with-products',
    'https://seller.ozon.ru/app/settings/api-keys',
    'https://docs.ozon.ru/api/seller/',
    'https://partner.market.yandex.ru/',
    'https://yandex.ru/dev/market/partner-api/doc/ru/',
    'https://dadata.ru/api/find-party/',
    'https://SELLER.OZON.RU/app'
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://seller.ozon.ru/',
    'https://seller.ozon.ru.attacker.example/',
    'https://attacker-yandex.ru/',
    'https://evil.yandex.ru.example/',
    'https://mail.yandex.ru/',
    'https://yandex.ru./',
    'https://user:pass@seller.ozon.ru/',
    'https://seller.ozon.ru:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://seller.ozon.ru/share',
    'not a url',
    ''
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})
