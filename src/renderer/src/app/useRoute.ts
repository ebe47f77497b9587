import { useMemo, useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './routes'

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

const readHash = () => window.location.hash

/** The current route, from the location hash. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash)
  return useMemo(() => parseRoute(hash), [hash])
}

export function navigate(href: string): void {
  window.location.hash = href
}
