import { describe, expect, it } from 'vitest'
import { isAllowedPhotoUrl } from './photo-origins'

const sandbox = 'http://127.0.0.1:47123'
const ozonSandbox = 'http://127.0.0.1:47124'

describe('isAllowedPhotoUrl', () => {
  it.each([
    'https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/big/1.webp',
    'https://basket-01.wbbasket.ru/vol58/part5870/5870243/images/c516x688/1.webp',
    'https://cdn1.ozone.ru/s3/multimedia-4/6804736960.jpg',
    `${sandbox}/images/159206280/tm/1.svg`,
    `${ozonSandbox}/images/1403421/1.svg`
  ])('shows %s', (url) => {
    expect(isAllowedPhotoUrl(url, [ozonSandbox, sandbox])).toBe(true)
  })

  it.each([
    ['an arbitrary https host', 'https://tracker.example.com/pixel.gif'],
    ['a host that only ends like a CDN', 'https://evilwbbasket.ru/1.webp'],
    ['a CDN name inside another domain', 'https://basket-01.wbbasket.ru.example.com/1.webp'],
    ['the CDN domain itself', 'https://wbbasket.ru/1.webp'],
    ['a CDN over plain http', 'http://basket-01.wbbasket.ru/1.webp'],
    ['a CDN on another port', 'https://basket-01.wbbasket.ru:8443/1.webp'],
    ['another loopback port', 'http://127.0.0.1:8080/admin/reset'],
    ['the sandbox port on another scheme', 'https://127.0.0.1:47123/images/1/tm/1.svg'],
    ['localhost on the sandbox port', 'http://localhost:47123/images/1/tm/1.svg'],
    ['a protocol-relative link', '//photos.wbstatic.net/claim/1.webp'],
    ['a data URL', 'data:image/svg+xml,<svg/>'],
    ['no URL at all', 'not a url']
  ])('refuses %s', (_what, url) => {
    expect(isAllowedPhotoUrl(url, [ozonSandbox, sandbox])).toBe(false)
  })

  it('refuses every loopback photo while no demo sandbox has run', () => {
    expect(isAllowedPhotoUrl(`${sandbox}/images/1/tm/1.svg`, [])).toBe(false)
    expect(isAllowedPhotoUrl('https://cdn1.ozone.ru/s3/multimedia-4/6804736960.jpg', [])).toBe(true)
  })
})
