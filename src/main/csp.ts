import { marketplacePhotoDomains } from '../shared/domain/photo-origins'

/**
 * Product photos: the marketplaces' CDNs, and loopback for the demo sandbox. Loopback takes any port because the
 * policy is fixed when the page loads — in the packaged app by index.html's <meta>, as file:// has no headers — and
 * the sandbox's port is chosen later, when the seller first opens demo mode. The renderer shows a loopback photo
 * only from the sandbox's own origin (isAllowedPhotoUrl); this list keeps every other https host out.
 */
const photoSources = [...marketplacePhotoDomains.map((domain) => `https://*.${domain}`), 'http://127.0.0.1:*']

/**
 * The renderer's Content-Security-Policy, shared by the Electron shell (response header) and the browser host,
 * so both serve the UI under the same rules; src/renderer/index.html repeats it as a <meta> (csp.test.ts keeps
 * the two equal).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: ${photoSources.join(' ')}`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
