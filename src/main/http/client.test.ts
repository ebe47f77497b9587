import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../log'
import { FakeClock } from './clock'
import { createHttpClient, type HttpClient, type HttpRequest } from './client'
import { HttpError } from './errors'
import { RateBudget } from './rate-budget'

const START = Date.UTC(2026, 0, 15, 12, 0, 0)

interface Received {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
  /** Fake-clock time at arrival. */
  at: number
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number, body: string) => void

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

async function startServer(clock: FakeClock, handler: Handler) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at: clock.now() })
      handler(req, res, received.length - 1, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  )
  const { port } = server.address() as AddressInfo
  return { base: `http://127.0.0.1:${port}`, received }
}

/** A client on a fake clock (advancing by itself unless told otherwise) with random() fixed at 0.5. */
function makeClient(opts: { autoAdvance?: boolean; logLines?: string[] } = {}) {
  const clock = new FakeClock(START, { autoAdvance: opts.autoAdvance ?? true })
  const log = opts.logLines ? createLogger('debug', (line) => opts.logLines?.push(line)) : undefined
  const client = createHttpClient({ clock, random: () => 0.5, log })
  cleanups.push(() => client.close())
  return { clock, client }
}

async function setup(handler: Handler, opts: { autoAdvance?: boolean; logLines?: string[] } = {}) {
  const { clock, client } = makeClient(opts)
  return { ...(await startServer(clock, handler)), clock, client }
}

/** An address where nothing listens: a port that was just free. */
async function refusingBase(): Promise<string> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Answers with `first` for the first `times` requests, then 200 {ok:true}. */
const failThenOk =
  (times: number, first: (res: http.ServerResponse) => void): Handler =>
  (_req, res, index) => (index < times ? first(res) : json(res, 200, { ok: true }))

async function caught(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError)
    return error as HttpError
  }
  throw new Error('expected the request to fail')
}

describe('createHttpClient: success', () => {
  it('sends query, headers and a JSON body, and parses the JSON answer', async () => {
    const { base, received, client } = await setup((_req, res) => json(res, 200, { items: [1, 2] }, { 'x-ratelimit-remaining': '9' }))
    const response = await client.request<{ items: number[] }>({
      method: 'POST',
      url: `${base}/content/v2/get/cards/list?locale=ru`,
      query: { limit: 100, withPhoto: true, skip: undefined },
      headers: { Authorization: 'token-1' },
      json: { settings: { cursor: { limit: 100 } } }
    })
    expect(response).toEqual({ status: 200, headers: expect.objectContaining({ 'x-ratelimit-remaining': '9' }), body: { items: [1, 2] } })
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/content/v2/get/cards/list?locale=ru&limit=100&withPhoto=true',
      body: '{"settings":{"cursor":{"limit":100}}}',
      headers: expect.objectContaining({
        authorization: 'token-1',
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': 'SFERA-Desktop'
      })
    })
  })

  it('returns text, bytes, or nothing, when asked', async () => {
    const { base, client } = await setup((req, res) => {
      if (req.url === '/empty') {
        res.writeHead(204)
        res.end()
        return
      }
      res.end('plain')
    })
    expect((await client.request({ method: 'GET', url: `${base}/t`, expect: 'text' })).body).toBe('plain')
    expect((await client.request({ method: 'GET', url: `${base}/t`, expect: 'none' })).body).toBeUndefined()
    expect((await client.request({ method: 'PUT', url: `${base}/empty`, json: [] })).body).toBeUndefined()
    const bytes = (await client.request<Buffer>({ method: 'GET', url: `${base}/t`, expect: 'bytes' })).body
    expect(Buffer.isBuffer(bytes) && bytes.toString('utf8')).toBe('plain')
  })

  it('reuses connections instead of opening one per request', async () => {
    const sockets = new Set<unknown>()
    const { base, client } = await setup((req, res) => {
      sockets.add(req.socket)
      json(res, 200, {})
    })
    for (let i = 0; i < 10; i++) await client.request({ method: 'GET', url: `${base}/x` })
    // undici's pool may open a second socket while the first is being released; it never opens more.
    expect(sockets.size).toBeLessThanOrEqual(2)
  })
})

describe('createHttpClient: rate limits', () => {
  it('retries a 429 after exactly the X-Ratelimit-Retry wait, and counts it', async () => {
    const { base, received, clock, client } = await setup(
      failThenOk(1, (res) => json(res, 429, { title: 'too many requests' }, { 'x-ratelimit-retry': '2', 'retry-after': '30' }))
    )
    const limited: unknown[] = []
    const waits: unknown[] = []
    const response = await client.request({
      method: 'GET',
      url: `${base}/api/v3/orders`,
      onRateLimited: (info) => limited.push(info),
      onWait: (until, reason) => waits.push([until - START, reason])
    })
    expect(response.status).toBe(200)
    expect(clock.sleeps).toEqual([2_000])
    expect(limited).toEqual([{ status: 429, waitMs: 2_000 }])
    expect(waits).toEqual([[2_000, 'rate_limited']])
    expect(received.map((r) => r.at - START)).toEqual([0, 2_000])
  })

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const seconds = await setup(failThenOk(1, (res) => json(res, 429, {}, { 'retry-after': '3' })))
    await seconds.client.request({ method: 'GET', url: `${seconds.base}/a` })
    expect(seconds.clock.sleeps).toEqual([3_000])

    const dated = await setup(failThenOk(1, (res) => json(res, 429, {}, { 'retry-after': new Date(START + 5_000).toUTCString() })))
    await dated.client.request({ method: 'GET', url: `${dated.base}/a` })
    expect(dated.clock.sleeps).toEqual([5_000])
  })

  it('treats Yandex Market 420 as a rate limit, even for a POST', async () => {
    const until = new Date(START + 4_000).toUTCString()
    const { base, received, clock, client } = await setup(
      failThenOk(1, (res) =>
        json(res, 420, { status: 'ERROR' }, { 'x-ratelimit-resource-until': until, 'x-ratelimit-resource-remaining': '0' })
      )
    )
    const limited: unknown[] = []
    await client.request({ method: 'POST', url: `${base}/v1/businesses/1/orders`, json: {}, onRateLimited: (i) => limited.push(i) })
    expect(received).toHaveLength(2)
    expect(clock.sleeps).toEqual([4_000])
    expect(limited).toEqual([{ status: 420, waitMs: 4_000 }])
  })

  it('pauses the shared budget so other jobs hold off too', async () => {
    const { base, clock, client } = await setup(failThenOk(1, (res) => json(res, 429, {}, { 'x-ratelimit-retry': '2' })))
    const budget = new RateBudget({ limit: 300, periodMs: 60_000, burst: 20 }, clock)
    const seen: unknown[] = []
    await client.request({
      method: 'GET',
      url: `${base}/api/v3/orders`,
      budget,
      onRateLimited: () => seen.push(budget.snapshot().pausedUntil)
    })
    expect(seen).toEqual([START + 2_000])
  })

  it('does not sleep through a wait longer than maxWaitMs: fails with retryAt and leaves the budget paused', async () => {
    const { base, received, clock, client } = await setup((_req, res) => json(res, 429, {}, { 'x-ratelimit-retry': '120' }))
    const budget = new RateBudget({ limit: 1, periodMs: 60_000, burst: 1 }, clock)
    const error = await caught(client.request({ method: 'GET', url: `${base}/api/v1/supplier/orders`, budget }))
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAt: START + 120_000, params: { retryAt: START + 120_000 } })
    expect(received).toHaveLength(1)
    expect(budget.snapshot().pausedUntil).toBe(START + 120_000)
  })

  it('gives up after maxAttempts rate limits with rate_limited', async () => {
    const { base, received, client } = await setup((_req, res) => json(res, 429, { code: 8 }))
    const error = await caught(client.request({ method: 'POST', url: `${base}/v3/product/list`, json: {}, maxAttempts: 3 }))
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, body: { code: 8 } })
    expect(error.retryAt).toBeGreaterThan(START)
    expect(received).toHaveLength(3)
  })

  it('spends budget on every attempt, retries included', async () => {
    const { base, clock, client } = await setup(failThenOk(1, (res) => json(res, 503, {})))
    // One token a minute: nothing refills during the test, so the snapshot shows exactly what was spent.
    const budget = new RateBudget({ limit: 1, periodMs: 60_000, burst: 20 }, clock)
    const attempts: number[] = []
    await client.request({ method: 'GET', url: `${base}/api/v3/orders`, budget, budgetCost: 2, onAttempt: (i) => attempts.push(i.attempt) })
    expect(attempts).toEqual([1, 2])
    expect(budget.snapshot().available).toBe(16)
  })

  it('charges what the provider bills for an error response (WB Marketplace: a 4xx costs 10)', async () => {
    const { base, clock, client } = await setup((_req, res) => json(res, 400, { code: 'IncorrectParameter' }))
    const budget = new RateBudget({ limit: 1, periodMs: 60_000, burst: 20 }, clock)
    const error = await caught(
      client.request({ method: 'GET', url: `${base}/api/v3/orders`, budget, errorCost: (status) => (status < 500 ? 10 : 1) })
    )
    expect(error).toMatchObject({ code: 'upstream_error', params: { status: 400 }, body: { code: 'IncorrectParameter' } })
    expect(budget.snapshot().available).toBe(10)
  })

  it('waits for the budget before sending and reports the wait', async () => {
    const { base, received, clock, client } = await setup((_req, res) => json(res, 200, {}))
    const budget = new RateBudget({ limit: 1, periodMs: 1_000, burst: 1 }, clock)
    const waits: unknown[] = []
    await client.request({ method: 'GET', url: `${base}/a`, budget })
    await client.request({ method: 'GET', url: `${base}/a`, budget, onWait: (until, reason) => waits.push([until - START, reason]) })
    expect(waits).toEqual([[1_000, 'budget']])
    expect(received.map((r) => r.at - START)).toEqual([0, 1_000])
  })
})

describe('createHttpClient: server and network failures', () => {
  it('does not retry a POST on 503 unless it is marked idempotent', async () => {
    const plain = await setup(failThenOk(1, (res) => json(res, 503, {})))
    const error = await caught(plain.client.request({ method: 'POST', url: `${plain.base}/v1/supplies`, json: {} }))
    expect(error).toMatchObject({ code: 'upstream_error', status: 503, params: { status: 503 } })
    expect(plain.received).toHaveLength(1)

    const read = await setup(failThenOk(1, (res) => json(res, 503, {})))
    const response = await read.client.request({ method: 'POST', url: `${read.base}/v3/product/list`, json: {}, idempotent: true })
    expect(response.body).toEqual({ ok: true })
    expect(read.received).toHaveLength(2)
  })

  it('retries a 5xx with jittered exponential backoff, then fails with upstream_error', async () => {
    const { base, received, clock, client } = await setup((_req, res) => json(res, 500, { error: 'boom' }))
    const waits: unknown[] = []
    const error = await caught(client.request({ method: 'GET', url: `${base}/a`, onWait: (until, reason) => waits.push(reason) }))
    expect(error).toMatchObject({ code: 'upstream_error', status: 500, params: { status: 500 }, body: { error: 'boom' } })
    expect(received).toHaveLength(4)
    // random() = 0.5 of ceilings 500, 1 000, 2 000.
    expect(clock.sleeps).toEqual([250, 500, 1_000])
    expect(waits).toEqual(['backoff', 'backoff', 'backoff'])
  })

  it('fails at once on 401, 403 and 404', async () => {
    const { base, received, client } = await setup((req, res) => json(res, Number(req.url?.slice(1)), { detail: 'no' }))
    expect(await caught(client.request({ method: 'GET', url: `${base}/401` }))).toMatchObject({ code: 'auth_failed', status: 401 })
    expect(await caught(client.request({ method: 'GET', url: `${base}/403` }))).toMatchObject({ code: 'access_denied', status: 403 })
    expect(await caught(client.request({ method: 'GET', url: `${base}/404` }))).toMatchObject({ code: 'upstream_error', status: 404 })
    expect(received).toHaveLength(3)
  })

  // Two attempts at the default 30 s would outlast the test's own limit: only timeoutMs ends them in time.
  it('fails with timeout when the server does not answer in time', { timeout: 45_000 }, async () => {
    const { base, received, client } = await setup(() => {
      // Never answers.
    })
    const error = await caught(client.request({ method: 'GET', url: `${base}/slow`, timeoutMs: 100, maxAttempts: 2 }))
    expect(error).toMatchObject({ code: 'timeout', status: null })
    expect(received).toHaveLength(2)
  })

  it('times out a body that trickles in too slowly', async () => {
    const { base, client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[')
      const timer = setInterval(() => res.write('1,'), 20)
      res.on('close', () => clearInterval(timer))
    })
    const error = await caught(client.request({ method: 'POST', url: `${base}/report`, timeoutMs: 150 }))
    expect(error.code).toBe('timeout')
  })

  it('fails with network_unreachable when the connection is refused', async () => {
    const { client } = makeClient()
    const base = await refusingBase()
    const attempts: number[] = []
    const error = await caught(client.request({ method: 'GET', url: `${base}/a`, onAttempt: (i) => attempts.push(i.attempt) }))
    expect(error).toMatchObject({ code: 'network_unreachable', status: null, url: `${base}/a` })
    expect(attempts).toEqual([1, 2, 3, 4])
  })

  it('retries an idempotent request whose socket dies mid-body; a POST fails with network_unreachable', async () => {
    const cutFirst: Handler = (_req, res, index) => {
      if (index > 0) return json(res, 200, { ok: true })
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      res.write('{"items":[')
      setTimeout(() => res.socket?.destroy(), 10)
    }
    const get = await setup(cutFirst)
    expect((await get.client.request({ method: 'GET', url: `${get.base}/a` })).body).toEqual({ ok: true })
    expect(get.received).toHaveLength(2)

    const post = await setup(cutFirst)
    const error = await caught(post.client.request({ method: 'POST', url: `${post.base}/api/v3/supplies`, json: {} }))
    expect(error.code).toBe('network_unreachable')
    expect(post.received).toHaveLength(1)
  })

  it('fails with malformed_response on a 2xx that is not JSON, without retrying', async () => {
    const { base, received, client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html>captcha</html>')
    })
    const error = await caught(client.request({ method: 'GET', url: `${base}/a` }))
    expect(error).toMatchObject({ code: 'malformed_response', status: 200, body: '<html>captcha</html>' })
    expect(received).toHaveLength(1)
  })

  it('rejects a URL it cannot or should not send', async () => {
    const { client } = makeClient()
    expect(await caught(client.request({ method: 'GET', url: 'not a url' }))).toMatchObject({ code: 'internal', url: '' })
    expect(await caught(client.request({ method: 'GET', url: 'file:///etc/passwd' }))).toMatchObject({ code: 'internal' })
    const withCredentials = await caught(client.request({ method: 'POST', url: 'https://user:pa55word@gate.smsaero.ru/v2/sms/send' }))
    expect(withCredentials).toMatchObject({ code: 'internal', url: 'https://gate.smsaero.ru/v2/sms/send' })
    expect(JSON.stringify(withCredentials)).not.toContain('pa55word')
  })
})

describe('createHttpClient: cancellation', () => {
  it('cancels promptly while waiting for the budget, without sending anything', async () => {
    const { base, received, clock, client } = await setup(() => {}, { autoAdvance: false })
    const budget = new RateBudget({ limit: 1, periodMs: 3_600_000, burst: 1 }, clock)
    budget.charge(1)
    const controller = new AbortController()
    const pending = client.request({ method: 'GET', url: `${base}/a`, budget, signal: controller.signal })
    await clock.advance(10)
    controller.abort()
    expect(await caught(pending)).toMatchObject({ code: 'cancelled', status: null })
    expect(received).toHaveLength(0)
    expect(clock.pending()).toBe(0)
  })

  it('cancels an exchange in flight and a retry wait', async () => {
    // Aborted once the server holds the request, which it never answers: only the abort can end the exchange
    // before the 30 s timeout and the test's own limit.
    const controller = new AbortController()
    const hanging = await setup(() => controller.abort())
    const error = await caught(hanging.client.request({ method: 'GET', url: `${hanging.base}/a`, signal: controller.signal }))
    expect(error.code).toBe('cancelled')

    const limited = await setup((_req, res) => json(res, 429, {}, { 'retry-after': '30' }), { autoAdvance: false })
    const waiting = new AbortController()
    const pending = limited.client.request({
      method: 'GET',
      url: `${limited.base}/a`,
      signal: waiting.signal,
      onWait: () => waiting.abort()
    })
    expect(await caught(pending)).toMatchObject({ code: 'cancelled' })
    expect(limited.received).toHaveLength(1)
  })

  it('fails at once for a signal that is already aborted', async () => {
    const { base, received, client } = await setup((_req, res) => json(res, 200, {}))
    const error = await caught(client.request({ method: 'GET', url: `${base}/a`, signal: AbortSignal.abort() }))
    expect(error.code).toBe('cancelled')
    expect(received).toHaveLength(0)
  })
})

describe('createHttpClient: secrets never leak', () => {
  const echo: Handler = (req, res) => {
    // A hostile worst case: the provider echoes the whole request back in its error body.
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/hang') return
    if (path === '/not-json') {
      res.end(`<html>${req.url} ${req.headers.authorization}</html>`)
      return
    }
    json(res, Number(path.slice(1)), { url: req.url, authorization: req.headers.authorization, key: req.headers['x-secret'] })
  }

  it('keeps query strings and header values out of every error, message and log line', async () => {
    const scenarios: Array<Partial<HttpRequest> & { path: string }> = [
      { path: '/401' },
      { path: '/403' },
      { path: '/404' },
      { path: '/500' },
      { path: '/429', maxWaitMs: 0 },
      { path: '/420', maxAttempts: 1 },
      { path: '/not-json' },
      { path: '/hang', timeoutMs: 50 },
      { path: '/200', signal: AbortSignal.abort() }
    ]
    for (let round = 0; round < 5; round++) {
      const logLines: string[] = []
      const { base, client } = await setup(echo, { logLines })
      for (const scenario of scenarios) {
        // Base64 with '+' and '/': the echoed URL shows it encoded, and that form must not leak either.
        const apiId = `${randomBytes(12).toString('base64')}+/`
        const apiKey = `${randomBytes(12).toString('base64')}+/`
        const token = randomBytes(24).toString('hex')
        const secretHeader = randomBytes(16).toString('base64')
        const { path, ...rest } = scenario
        const error = await caught(
          client.request({
            method: 'GET',
            url: `${base}${path}?api_id=${apiId}`,
            query: { to: '79250000000', msg: 'x', api_key: apiKey },
            headers: { Authorization: `Bearer ${token}`, 'X-Secret': secretHeader },
            maxAttempts: 2,
            ...rest
          })
        )
        const surfaces = [JSON.stringify(error), String(error), error.stack ?? '', JSON.stringify(error.toPayload()), logLines.join('\n')]
        const secretForms = [apiId, apiKey, token, secretHeader, '79250000000'].flatMap((secret) => [secret, encodeURIComponent(secret)])
        for (const surface of surfaces) {
          for (const form of secretForms) {
            // Not even a part of a secret: any 8 characters of it in a row would be a partial leak.
            for (let i = 0; i + 8 <= form.length; i++) expect(surface).not.toContain(form.slice(i, i + 8))
          }
        }
        expect(error.url).toBe(`${base}${path}`)
        if (path === '/404') expect(error.body).toEqual({ url: expect.stringContaining('[скрыто]'), authorization: '[скрыто]', key: '[скрыто]' })
      }
    }
  })
})
