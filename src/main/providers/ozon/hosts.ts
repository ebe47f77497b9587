import type { ProviderEndpoints } from '../../core-types'
import type { ProviderHosts } from '../provider'

/** Ozon's Seller API has one host (swagger.json `servers`); no sandbox of Ozon's own exists (GROUND-TRUTH §2.2). */
export const ozonHosts = {
  all: 'SFERA_OZON_URL',
  hosts: {
    seller: { url: 'https://api-seller.ozon.ru', env: 'SFERA_OZON_SELLER_URL' }
  }
} as const satisfies ProviderHosts

export type OzonHost = keyof typeof ozonHosts.hosts

/** The account's Ozon base URLs, every host named; the core builds them from ozonHosts, so a gap is a bug. */
export function ozonEndpointsOf(endpoints: ProviderEndpoints): Readonly<Record<OzonHost, string>> {
  const hosts = Object.keys(ozonHosts.hosts) as OzonHost[]
  const missing = hosts.filter((host) => !endpoints[host])
  if (missing.length > 0) throw new Error(`Ozon base URLs missing for ${missing.join(', ')}`)
  return Object.fromEntries(hosts.map((host) => [host, endpoints[host]!])) as Record<OzonHost, string>
}
