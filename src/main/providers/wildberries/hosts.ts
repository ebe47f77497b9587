import type { ProviderEndpoints } from '../../core-types'
import type { ProviderHosts } from '../provider'

/** WB's API hosts (../shared/specs/wildberries servers); the sandbox serves them all on one origin. */
export const wbHosts = {
  all: 'SFERA_WB_URL',
  hosts: {
    content: { url: 'https://content-api.wildberries.ru', env: 'SFERA_WB_CONTENT_URL' },
    marketplace: { url: 'https://marketplace-api.wildberries.ru', env: 'SFERA_WB_MARKETPLACE_URL' },
    statistics: { url: 'https://statistics-api.wildberries.ru', env: 'SFERA_WB_STATISTICS_URL' },
    analytics: { url: 'https://seller-analytics-api.wildberries.ru', env: 'SFERA_WB_ANALYTICS_URL' },
    supplies: { url: 'https://supplies-api.wildberries.ru', env: 'SFERA_WB_SUPPLIES_URL' }
  }
} as const satisfies ProviderHosts

export type WbHost = keyof typeof wbHosts.hosts

/** The account's WB base URLs, every host named; the core builds them from wbHosts, so a gap is a bug. */
export function wbEndpointsOf(endpoints: ProviderEndpoints): Readonly<Record<WbHost, string>> {
  const hosts = Object.keys(wbHosts.hosts) as WbHost[]
  const missing = hosts.filter((host) => !endpoints[host])
  if (missing.length > 0) throw new Error(`WB base URLs missing for ${missing.join(', ')}`)
  return Object.fromEntries(hosts.map((host) => [host, endpoints[host]!])) as Record<WbHost, string>
}
