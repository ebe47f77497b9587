import type { Endpoints } from './core-types'

const defaults: Endpoints = {
  wildberriesContent: 'https://content-api.wildberries.ru',
  wildberriesMarketplace: 'https://marketplace-api.wildberries.ru',
  wildberriesStatistics: 'https://statistics-api.wildberries.ru',
  wildberriesAnalytics: 'https://seller-analytics-api.wildberries.ru',
  wildberriesSupplies: 'https://supplies-api.wildberries.ru'
}

const envNames: Record<keyof Endpoints, string> = {
  wildberriesContent: 'SFERA_WB_CONTENT_URL',
  wildberriesMarketplace: 'SFERA_WB_MARKETPLACE_URL',
  wildberriesStatistics: 'SFERA_WB_STATISTICS_URL',
  wildberriesAnalytics: 'SFERA_WB_ANALYTICS_URL',
  wildberriesSupplies: 'SFERA_WB_SUPPLIES_URL'
}

/** One origin for every WB host: the sandbox serves all of them, so tests and e2e set just this. */
const wildberriesAllEnv = 'SFERA_WB_URL'

/** Base URLs from the environment (tests and e2e point them at the sandbox), the real services otherwise. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv): Endpoints {
  const endpoints = { ...defaults }
  const all = env[wildberriesAllEnv]
  if (all) {
    const url = baseUrl(all, wildberriesAllEnv)
    for (const key of Object.keys(envNames) as (keyof Endpoints)[]) endpoints[key] = url
  }
  for (const key of Object.keys(envNames) as (keyof Endpoints)[]) {
    const value = env[envNames[key]]
    if (value) endpoints[key] = baseUrl(value, envNames[key])
  }
  return endpoints
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
