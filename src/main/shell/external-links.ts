/** Sites the app may open in the system browser: marketplace cabinets, their API docs, and DaData. */
const allowedHosts: ReadonlySet<string> = new Set([
  'seller.wildberries.ru',
  'dev.wildberries.ru',
  'seller.ozon.ru',
  'docs.ozon.ru',
  'partner.market.yandex.ru',
  'yandex.ru',
  'dadata.ru'
])

/**
 * Whether a URL may leave the app. The parsed hostname must equal an allowed host exactly: prefix or suffix
 * matching would let `seller.ozon.ru.attacker.example` or `attacker-yandex.ru` through.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && allowedHosts.has(url.hostname)
}
