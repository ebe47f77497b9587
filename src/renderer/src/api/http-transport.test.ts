import { describe, expect, it, vi } from 'vitest'
import type { SyncProgress } from '../../../shared/domain/sync'
import { createHttpSfera, localHostService } from './http-transport'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function streamResponse(frames: string[]): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const frame of frames) controller.enqueue(encoder.encode(frame))
      controller.close()
    }
  })
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
}

const never = () => new Promise<Response>(() => {})

describe('createHttpSfera calls', () => {
  it('posts the input with the bearer token and passes the CallResult through', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => jsonResponse({ ok: true, value: [] }))
    const api = createHttpSfera({ token: 'abc123', fetch, baseUrl: 'http://127.0.0.1:5000' })

    await expect(api.accounts.list({})).resolves.toEqual({ ok: true, value: [] })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('http://127.0.0.1:5000/api/call/accounts.list')
    expect(init?.method).toBe('POST')
    expect(init?.headers).toEqual({ Authorization: 'Bearer abc123', 'Content-Type': 'application/json' })
    expect(init?.body).toBe('{}')
  })

  it('has one function per contract call, grouped by domain', () => {
    const api = createHttpSfera({ token: 'a', fetch: never })
    expect(typeof api.products.get).toBe('function')
    expect(typeof api.sync.start).toBe('function')
    expect(typeof api.on['data.changed']).toBe('function')
  })

  it('passes handled errors (HTTP 200) through unchanged', async () => {
    const error = { code: 'auth_failed', message: 'no' }
    const api = createHttpSfera({ token: 'a', fetch: async () => jsonResponse({ ok: false, error }) })
    await expect(api.accounts.checkConnection({ id: crypto.randomUUID() })).resolves.toEqual({ ok: false, error })
  })

  it('reports a refused session (401/403) as forbidden_sender', async () => {
    const api = createHttpSfera({ token: 'a', fetch: async () => jsonResponse({ error: 'unauthorized' }, 401) })
    const result = await api.app.status({})
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender', params: { service: localHostService } } })
  })

  it('reports a network failure or another HTTP status as network_unreachable', async () => {
    const offline = createHttpSfera({ token: 'a', fetch: async () => Promise.reject(new TypeError('fetch failed')) })
    expect(await offline.app.status({})).toMatchObject({ ok: false, error: { code: 'network_unreachable' } })
    const broken = createHttpSfera({ token: 'a', fetch: async () => jsonResponse({}, 502) })
    expect(await broken.app.status({})).toMatchObject({ ok: false, error: { code: 'network_unreachable' } })
  })

  it('reports a body that is not a CallResult as malformed_response', async () => {
    const api = createHttpSfera({ token: 'a', fetch: async () => new Response('<html>', { status: 200 }) })
    expect(await api.app.status({})).toMatchObject({ ok: false, error: { code: 'malformed_response' } })
  })
})

describe('createHttpSfera events', () => {
  const progress: SyncProgress = {
    runId: 1,
    accountId: 'acc',
    resource: 'products',
    status: 'running',
    rows: 100,
    pages: 1,
    requests: 1,
    rateLimited: 0,
    waitingUntil: null,
    error: null
  }

  it('dispatches server-sent events to the listeners of that event only', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    fetch.mockResolvedValueOnce(
      streamResponse([': connected\n\n', `event: sync.progress\ndata: ${JSON.stringify(progress)}\n\n`, 'event: unknown.thing\ndata: {}\n\n'])
    )
    fetch.mockImplementation(never)
    const api = createHttpSfera({ token: 'tok', fetch, reconnectDelayMs: () => 0 })

    const received = new Promise<SyncProgress>((resolve) => api.on['sync.progress'](resolve))
    const dataChanged = vi.fn()
    api.on['data.changed'](dataChanged)

    await expect(received).resolves.toEqual(progress)
    expect(dataChanged).not.toHaveBeenCalled()
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/events')
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok' })
  })

  it('reconnects after the stream ends and then reports every table as possibly changed', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    fetch.mockResolvedValueOnce(streamResponse([': connected\n\n']))
    fetch.mockRejectedValueOnce(new TypeError('host restarting'))
    fetch.mockResolvedValueOnce(streamResponse([': connected\n\n']))
    fetch.mockImplementation(never)
    const api = createHttpSfera({ token: 'tok', fetch, reconnectDelayMs: () => 0 })

    const changed = await new Promise<{ datasets: string[] }>((resolve) => api.on['data.changed'](resolve))
    expect(changed.datasets).toEqual(expect.arrayContaining(['accounts', 'products', 'sync']))
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('stops calling a listener once it unsubscribed', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    fetch.mockResolvedValueOnce(streamResponse([`event: sync.progress\ndata: ${JSON.stringify(progress)}\n\n`]))
    fetch.mockImplementation(never)
    const api = createHttpSfera({ token: 'tok', fetch, reconnectDelayMs: () => 0 })

    const removed = vi.fn()
    api.on['sync.progress'](removed)()
    await new Promise<SyncProgress>((resolve) => api.on['sync.progress'](resolve))
    expect(removed).not.toHaveBeenCalled()
  })
})
