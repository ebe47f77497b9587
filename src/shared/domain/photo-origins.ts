/**
 * Where product photos may load from. Their URLs come from marketplace data, which the app does not control: a
 * photo from any https host would tell that host the seller's IP, and one on a loopback port is a blind GET to
 * whatever listens there. So photos load from the marketplaces' image CDNs, and from the demo sandboxes alone.
 */

/**
 * The CDNs' domains: photos load from any subdomain of one (never the domain itself), over https on the default
 * port, as the CSP's `https://*.<domain>` sources allow. Each was checked against the stored API specs (../shared/specs).
 */
export const marketplacePhotoDomains = [
  // WB card `photos` (content API): basket-01 … basket-NN.wbbasket.ru, the basket following the card's nmID.
  'wbbasket.ru',
  // Ozon `primary_image` and `images`: cdn1.ozone.ru/s3/multimedia-…; ozone.ru is Ozon's static-content domain.
  'ozone.ru'
  // Yandex Market has none: its `pictures` are links the seller gives, on any host.
] as const

/**
 * Whether the renderer may show a photo: from a marketplace CDN, or from a demo sandbox's own origin (main's
 * `demoSandboxOrigins`). The CSP admits every loopback port, since a sandbox's port is only chosen after the page
 * and its policy are loaded; this check is what keeps other loopback ports out.
 */
export function isAllowedPhotoUrl(url: string, demoSandboxOrigins: readonly string[]): boolean {
  const photo = parsedUrl(url)
  if (!photo) return false
  if (demoSandboxOrigins.some((origin) => photo.origin === parsedUrl(origin)?.origin)) return true
  return photo.protocol === 'https:' && photo.port === '' && marketplacePhotoDomains.some((domain) => photo.hostname.endsWith(`.${domain}`))
}

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
