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

  const server = createServer((req, res) => {
    setCommonHeaders(res)
    if (!allowedHosts.has(req.headers.host ?? '')) return sendJson(res, 421, { error: 'misdirected request' })
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store')
      if (!authorized(req)) return sendJson(res, 401, { error: 'unauthorized' })
      if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
        return void handleCall(req, res, decodeURIComponent(url.pathname.slice('/api/call/'.length)), options)
      }
      if (req.method === 'GET' && url.pathname === '/api/events') return handleEvents(req, res, options.core, streams)
      return sendJson(res, 404, { error: 'not found' })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' })
    void serveStatic(req, res, options.rendererDir, url.pathname)
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, options: BrowserHostOptions): Promise<void> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, { error: 'expected application/json' })
  }
  let input: unknown
  try {
    input = JSON.parse(await readBody(req))
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON or too large' })
  }
  const result = await options.core.dispatch(name, input)
  sendJson(res, 200, result)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        reject(new Error('body too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
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
