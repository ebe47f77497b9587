import type { Marketplace } from '../shared/domain/marketplace'
import type { Endpoints, ProviderEndpoints } from './core-types'
import { allProviders } from './providers'
import type { Provider } from './providers/provider'

/**
 * Every provider's base URLs: its real hosts, unless the environment points them elsewhere (tests and e2e point
 * them at the sandbox), first all of a provider's hosts at once (SFERA_WB_URL), then one by one.
 */
export function endpointsFromEnv(env: NodeJS.ProcessEnv): Endpoints {
  const endpoints: Partial<Record<Marketplace, ProviderEndpoints>> = {}
  for (const provider of allProviders()) {
    const { all, hosts } = provider.hosts
    const everyHost = env[all] ? baseUrl(env[all], all) : null
    endpoints[provider.marketplace] = Object.fromEntries(
      Object.entries(hosts).map(([host, { url, env: name }]) => [host, env[name] ? baseUrl(env[name], name) : (everyHost ?? url)])
    )
  }
  return endpoints
}

/** Every host of the provider at one origin: the demo sandbox serves them all. */
export function everyHostAt(provider: Provider, origin: string): ProviderEndpoints {
  return Object.fromEntries(Object.keys(provider.hosts.hosts).map((host) => [host, origin]))
}

function baseUrl(value: string, name: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} is not a URL: ${value}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) URL`)
  return url.href.replace(/\/+$/, '')
}
