import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { contentSecurityPolicy } from '../csp'
import type { Core } from '../core-types'
import type { Logger } from '../log'
import { readStaticFile } from './static-files'

export interface BrowserHostOptions {
  core: Core
  rendererDir: string
  port?: number
  log: Logger
  /** Fixed only in tests; a fresh random token per run otherwise. */
  token?: string
}

export interface BrowserHost {
  /** The page to open: the token travels in the fragment, which browsers never send to a server. */
  url: string
  origin: string
  port: number
  close(): Promise<void>
}

const maxBodyBytes = 1024 * 1024
const keepAliveMs = 15_000

/**
 * The browser host: serves the built renderer on 127.0.0.1 and carries the IPC contract over HTTP
 * (calls) and server-sent events (push events). Every API request must carry the per-run token and a
 * loopback Host header, so neither another site in the browser nor a DNS-rebinding page can call it.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('hex')
  const expectedAuth = Buffer.from(`Bearer ${token}`)
  let allowedHosts: Set<string> = new Set()
  const streams = new Set<ServerResponse>()

  const authorized = (req: IncomingMessage): boolean => {
    const auth = Buffer.from(req.headers.authorization ?? '')
    return auth.length === expectedAuth.length && timingSafeEqual(auth, expectedAuth)
  }

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setCommonHeaders(res)
    if (!allowedHosts.has(req.headers.host ?? '')) return sendJson(res, 421, { error: 'misdirected request' })
    const pathname = requestPath(req.url)
    if (pathname === null) return sendJson(res, 400, { error: 'request target is not a valid path' })
    if (pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store')
      if (!authorized(req)) return sendJson(res, 401, { error: 'unauthorized' })
      if (req.method === 'POST' && pathname.startsWith('/api/call/')) {
        const name = decodedSegment(pathname.slice('/api/call/'.length))
        if (name === null) return sendJson(res, 400, { error: 'call name is not valid percent-encoding' })
        return handleCall(req, res, name, options)
      }
      if (req.method === 'GET' && pathname === '/api/events') return handleEvents(req, res, options.core, streams)
      return sendJson(res, 404, { error: 'not found' })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' })
    return serveStatic(req, res, options.rendererDir, pathname)
  }

  // No request may bring the host down: whatever a route throws is logged and answered, and the host keeps serving.
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      options.log.error('browser host request failed', { method: req.method, error: error instanceof Error ? error.name : 'unknown' })
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' })
      else res.destroy()
    })
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    async close() {
      for (const stream of streams) stream.end()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    }
  }
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

/** The path of an origin-form request target, or null for one that is not (`http://[::/`, `*`, `a:99999`). */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null
  try {
    return new URL(target, 'http://localhost').pathname
  } catch {
    return null
  }
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** `application/json`, with parameters or without; not `application/jsonx` nor `application/json-patch+json`. */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json'
}

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, options: BrowserHostOptions): Promise<void> {
  if (!isJson(req.headers['content-type'])) return sendJson(res, 415, { error: 'expected application/json' })
  const body = await readBody(req)
  if (body === 'too large') {
    // Answered before the rest arrives; the connection closes after it, so nothing more of the body is read.
    return sendJson(res, 413, { error: `body is larger than ${maxBodyBytes} bytes` }, { Connection: 'close' })
  }
  let input: unknown
  try {
    input = JSON.parse(body.text)
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' })
  }
  const result = await options.core.dispatch(name, input)
  sendJson(res, 200, result)
}

/** The body as text, or 'too large' as soon as it passes maxBodyBytes. */
function readBody(req: IncomingMessage): Promise<{ text: string } | 'too large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        req.off('data', onData)
        chunks.length = 0
        resolveBody('too large')
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolveBody({ text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', reject)
  })
}

function handleEvents(req: IncomingMessage, res: ServerResponse, core: Core, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
  res.write(': connected\n\n')
  streams.add(res)
  const unsubscribe = core.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs)
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
    streams.delete(res)
  })
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  const file = await readStaticFile(rendererDir, pathname)
  if (!file) return sendJson(res, 404, { error: 'not found' })
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'public, max-age=300'
  })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}
