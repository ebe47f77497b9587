/**
 * The renderer's Content-Security-Policy, shared by the Electron shell (response header) and the browser host,
 * so both serve the UI under the same rules. img-src allows https and the loopback sandbox for product photos.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: http://127.0.0.1:*",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
