/**
 * The browser host opens the page as `http://127.0.0.1:PORT/#token=<hex>`. The fragment never reaches a
 * server; the token is moved to sessionStorage (so a reload keeps working) and wiped from the address bar.
 */
export const tokenStorageKey = 'sfera.token'

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'replaceState' | 'state'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
}

export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')
  return token && /^[0-9a-f]+$/i.test(token) ? token : null
}

/** Takes the token from the fragment (storing it and stripping the fragment) or from the session. */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const fromHash = tokenFromHash(env.location.hash)
  if (fromHash) {
    env.storage.setItem(tokenStorageKey, fromHash)
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search)
    return fromHash
  }
  return env.storage.getItem(tokenStorageKey)
}
