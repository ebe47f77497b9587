import type { Endpoints } from './core-types'

const defaults: Endpoints = {
  wildberriesContent: 'https://content-api.wildberries.ru'
}

const envNames: Record<keyof Endpoints, string> = {
  wildberriesContent: 'SFERA_WB_CONTENT_URL'
}

/** Base URLs from the environment (tests and e2e point them at the sandbox), the real services otherwise. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv): Endpoints {
  const endpoints = { ...defaults }
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
