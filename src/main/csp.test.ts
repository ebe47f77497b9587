import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './csp'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources])
  )
}

const imgSrc = directives(contentSecurityPolicy).get('img-src') ?? []

describe('contentSecurityPolicy img-src', () => {
  it('allows no https host but the marketplaces\' photo CDNs', () => {
    expect(imgSrc).not.toContain('https:')
    expect(imgSrc).not.toContain('*')
    expect(imgSrc.filter((source) => source.startsWith('https:'))).toEqual(['https://*.wbbasket.ru', 'https://*.ozone.ru'])
  })

  it('allows loopback only by IP, for the demo sandbox, and nothing else over plain http', () => {
    expect(imgSrc.filter((source) => source.startsWith('http:'))).toEqual(['http://127.0.0.1:*'])
  })

  it('still allows the app\'s own files and inline data images', () => {
    expect(imgSrc.slice(0, 2)).toEqual(["'self'", 'data:'])
  })
})

describe('the <meta> CSP of index.html', () => {
  it('is the same policy, less frame-ancestors, which a <meta> cannot carry', () => {
    const html = readFileSync(join(__dirname, '../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? ''
    const expected = directives(contentSecurityPolicy)
    expected.delete('frame-ancestors')
    expect(directives(meta)).toEqual(expected)
  })
})
