/**
 * What every sandbox's HTTP face does the same way: listening and closing, reading bodies, the loopback-only admin
 * routes' guard, sleeping out an injected latency, and writing a reply whole or cut off halfway. Each sandbox keeps
 * its own routes, auth, limits and error bodies.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import type { AnyFault, FaultController } from './faults'

export interface SandboxReply {
  status: number
  headers: Record<string, string>
  /** Text, UTF-8 bytes already encoded, or byte parts sent one after another without being joined. */
  body: string | Buffer | readonly Buffer[]
}

export interface SandboxHttpServer {
  server: Server
  /** e.g. http://127.0.0.1:PORT */
  url: string
  port: number
  /** Aborted on close, so injected latency does not outlive the server. */
  signal: AbortSignal
  close(): Promise<void>
}

/** A server listening on `port` (0 picks a free one); the caller attaches its request handler. */
export async function listenSandbox(port: number, host: string): Promise<SandboxHttpServer> {
  const server = createServer()
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
  const closing = new AbortController()
  let closed: Promise<void> | undefined
  return {
    server,
    url: `http://${urlHost(host)}:${address.port}`,
    port: address.port,
    signal: closing.signal,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closed
    }
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

/** The options every sandbox takes, with their defaults; a seed or a scale no world can be built from is refused. */
export function baseOptions(options: { seed?: number; host?: string; now?: () => number; rateLimitScale?: number }) {
  const seed = options.seed ?? 1
  if (!Number.isSafeInteger(seed)) throw new Error('seed must be an integer')
  const scale = options.rateLimitScale ?? 1
  if (!(scale > 0)) throw new Error('rateLimitScale must be positive')
  return { seed, host: options.host ?? '127.0.0.1', now: options.now ?? Date.now, scale }
}

/** A size option of a sandbox's world. */
export function sizeOption(name: string, value: number | undefined, fallback: number, minimum = 0): number {
  const chosen = value ?? fallback
  if (!Number.isSafeInteger(chosen) || chosen < minimum) throw new Error(`${name} must be an integer of at least ${minimum}`)
  return chosen
}

/** A request with its body read, past the checks every sandbox makes first. */
export interface SandboxRequest {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** e.g. `POST /v3/product/list` */
  routeKey: string
  body: string
}

/**
 * A sandbox's request handler: a body over the size any method takes is 413, `/__sandbox/*` from this machine goes
 * to `admin`, anything else to `serve`. A failure before anything was sent gets the sandbox's own 500, a later one
 * a reset connection.
 */
export function handleRequests(sandbox: {
  serve: (request: SandboxRequest) => Promise<void>
  admin: (routeKey: string, body: string) => SandboxReply
  /** Writes a reply, counting it in the sandbox's stats. */
  send: (res: ServerResponse, reply: SandboxReply) => void
  internalError: () => SandboxReply
}): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
    const routeKey = `${req.method} ${url.pathname}`
    const body = await readBody(req)
    if (body === undefined) sandbox.send(res, bodyTooLargeReply())
    else if (url.pathname.startsWith('/__sandbox/') && isLoopback(req.socket.remoteAddress)) sandbox.send(res, sandbox.admin(routeKey, body))
    else await sandbox.serve({ req, res, url, routeKey, body })
  }
  return (req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy()
      else sandbox.send(res, sandbox.internalError())
    })
  }
}

/** False when the server closed during the wait: then nothing is to be answered. */
export function sleepLatency(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true)
  return delay(ms, true, { signal }).catch(() => false)
}

const MAX_BODY_BYTES = 1024 * 1024

/** The request body, or undefined when it is larger than any request a sandbox serves. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  return size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined
}

const bodyTooLargeReply = (): SandboxReply => ({ status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Request body too large' })

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** The admin routes answer the machine the sandbox runs on only. */
function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
}

export function writeReply(res: ServerResponse, reply: SandboxReply): void {
  const { body } = reply
  const length = reply.status === 204 ? {} : { 'Content-Length': byteLength(body) }
  res.writeHead(reply.status, { ...reply.headers, ...length })
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    res.end(body)
    return
  }
  // Corked, the parts leave in one writev.
  res.cork()
  for (const part of body) res.write(part)
  res.end()
}

/** Promises the whole body, sends half of it, then drops the connection. */
export function writeCutReply(res: ServerResponse, reply: SandboxReply): void {
  const { body } = reply
  const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.from(body) : Buffer.concat(body)
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': bytes.length })
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy())
}

function byteLength(body: SandboxReply['body']): number {
  return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.reduce((total, part) => total + part.length, 0)
}

const adminJson = (status: number, body: unknown): SandboxReply => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body)
})

/** `POST /__sandbox/faults` (inject one) and `DELETE /__sandbox/faults` (clear all); undefined for any other route. */
export function faultsAdminReply<F extends AnyFault>(
  routeKey: string,
  body: string,
  faults: FaultController<F>,
  parse: (body: unknown) => F | string
): SandboxReply | undefined {
  if (routeKey === 'DELETE /__sandbox/faults') {
    faults.clear()
    return { status: 204, headers: {}, body: '' }
  }
  if (routeKey !== 'POST /__sandbox/faults') return undefined
  const fault = parse(parseJson(body))
  if (typeof fault === 'string') return adminJson(400, { error: fault })
  faults.inject(fault)
  return adminJson(200, { pending: faults.pending() })
}
