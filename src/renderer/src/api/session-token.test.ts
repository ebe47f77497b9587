import { describe, expect, it } from 'vitest'
import { takeSessionToken, tokenFromHash, tokenStorageKey, type TokenEnvironment } from './session-token'

function fakeEnvironment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[tokenStorageKey, stored]] : [])
  const replaced: string[] = []
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: (_state, _unused, url) => void replaced.push(String(url)) },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) }
  }
  return { env, storage, replaced }
}

describe('tokenFromHash', () => {
  it('reads a hex token from the fragment', () => {
    expect(tokenFromHash('#token=a1B2c3')).toBe('a1B2c3')
  })

  it('refuses a missing, empty or non-hex token', () => {
    expect(tokenFromHash('')).toBeNull()
    expect(tokenFromHash('#/products')).toBeNull()
    expect(tokenFromHash('#token=')).toBeNull()
    expect(tokenFromHash('#token=<script>')).toBeNull()
  })
})

describe('takeSessionToken', () => {
  it('moves the token from the fragment into session storage and strips the fragment', () => {
    const { env, storage, replaced } = fakeEnvironment('#token=deadbeef', 'old')
    expect(takeSessionToken(env)).toBe('deadbeef')
    expect(storage.get(tokenStorageKey)).toBe('deadbeef')
    expect(replaced).toEqual(['/'])
  })

  it('after a reload, takes the token from session storage and leaves the address alone', () => {
    const { env, replaced } = fakeEnvironment('#/settings', 'cafe01')
    expect(takeSessionToken(env)).toBe('cafe01')
    expect(replaced).toEqual([])
  })

  it('has no token when neither the fragment nor the session holds one', () => {
    expect(takeSessionToken(fakeEnvironment('').env)).toBeNull()
  })
})
