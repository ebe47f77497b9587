import { describe, expect, it } from 'vitest'
import { SferaError } from '../../shared/domain/errors'
import { classifyTransportError, httpError, keepErrorBody, redactSecrets } from './errors'

const context = { method: 'GET' as const, url: 'https://api.example.test/v1/items' }

describe('httpError', () => {
  it('maps statuses to error codes', () => {
    const cases: Array<[number, string, Record<string, number> | undefined]> = [
      [401, 'auth_failed', undefined],
      [403, 'access_denied', undefined],
      [404, 'upstream_error', { status: 404 }],
      [409, 'upstream_error', { status: 409 }],
      [502, 'upstream_error', { status: 502 }]
    ]
    for (const [status, code, params] of cases) {
      const error = httpError({ kind: 'status', status }, context)
      expect(error).toBeInstanceOf(SferaError)
      expect(error).toMatchObject({ code, status, params, method: 'GET', url: context.url, retryAt: null, body: null })
    }
  })

  it('maps the other failures', () => {
    expect(httpError({ kind: 'rate_limited', status: 429, retryAt: 123 }, context)).toMatchObject({
      code: 'rate_limited',
      params: { retryAt: 123 },
      retryAt: 123,
      status: 429
    })
    expect(httpError({ kind: 'network' }, context)).toMatchObject({ code: 'network_unreachable', status: null })
    expect(httpError({ kind: 'timeout' }, context).code).toBe('timeout')
    expect(httpError({ kind: 'malformed', status: 200 }, context).code).toBe('malformed_response')
    expect(httpError({ kind: 'cancelled' }, context).code).toBe('cancelled')
  })

  it('keeps the cause for diagnosis without serialising it', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:1')
    const error = httpError({ kind: 'network' }, { ...context, cause })
    expect(error.cause).toBe(cause)
    expect(JSON.stringify(error)).not.toContain('ECONNREFUSED')
    expect(error.toPayload()).toEqual({ code: 'network_unreachable', message: error.message })
  })
})

describe('classifyTransportError', () => {
  it('sorts undici and socket errors', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code })
    expect(classifyTransportError(coded('UND_ERR_HEADERS_TIMEOUT'))).toBe('timeout')
    expect(classifyTransportError(coded('UND_ERR_BODY_TIMEOUT'))).toBe('timeout')
    expect(classifyTransportError(coded('UND_ERR_CONNECT_TIMEOUT'))).toBe('timeout')
    expect(classifyTransportError(coded('ECONNREFUSED'))).toBe('network')
    expect(classifyTransportError(coded('UND_ERR_SOCKET'))).toBe('network')
    expect(classifyTransportError(new Error('fetch failed', { cause: coded('ENOTFOUND') }))).toBe('network')
    expect(classifyTransportError(new AggregateError([coded('ETIMEDOUT')]))).toBe('timeout')
    expect(classifyTransportError(coded('UND_ERR_INVALID_ARG'))).toBe('invalid_request')
  })
})

describe('error bodies', () => {
  it('masks secrets of 8+ characters, longest first', () => {
    const secrets = ['Token abcdefgh12345', 'abcdefgh12345', 'short']
    expect(redactSecrets("disabled for token 'abcdefgh12345', short", secrets)).toBe("disabled for token '[скрыто]', short")
  })

  it('keeps small JSON parsed and truncates long text to 2 KB', () => {
    expect(keepErrorBody('{"code":8,"message":"limit"}')).toEqual({ code: 8, message: 'limit' })
    expect(keepErrorBody('<html>bad gateway</html>')).toBe('<html>bad gateway</html>')
    expect(keepErrorBody('')).toBeNull()
    const long = keepErrorBody('x'.repeat(5_000))
    expect(typeof long === 'string' && long.length).toBe(2_049)
  })
})
