import { createServer, request, Agent, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ForwardedExchange {
  method: string
  /** Path and query as the client sent them. */
  url: string
  upstream: string
  /** performance.now() when the request arrived. */
  receivedAt: number
  status: number
  responseHeaders: IncomingHttpHeaders
  /** The start of a 4xx/5xx answer's body, for diagnosis. */
  errorBody: string
}

const ERROR_BODY_LIMIT = 16 * 1024

export interface ForwardingProxy {
  url: string
  exchanges: ForwardedExchange[]
  close(): Promise<void>
}

/**
 * A loopback HTTP proxy that sends each request on to the origin `upstreamFor` picks and records the exchange:
 * the bench times requests per method group with it, and the contract test routes one app host to several
 * Prism proxies (one per spec file) with it.
 */
export async function startForwardingProxy(upstreamFor: (method: string, url: string) => string): Promise<ForwardingProxy> {
  const agent = new Agent({ keepAlive: true })
  const exchanges: ForwardedExchange[] = []
  const server = createServer((incoming, outgoing) => {
    const receivedAt = performance.now()
    const method = incoming.method ?? 'GET'
    const url = incoming.url ?? '/'
    const upstream = upstreamFor(method, url)
    const target = new URL(url, upstream)
    const forwarded = request(
      target,
      { method, headers: { ...incoming.headers, host: target.host }, agent },
      (response) => {
        const status = response.statusCode ?? 502
        const exchange: ForwardedExchange = { method, url, upstream, receivedAt, status, responseHeaders: response.headers, errorBody: '' }
        exchanges.push(exchange)
        if (status >= 400) {
          response.on('data', (chunk: Buffer) => {
            if (exchange.errorBody.length < ERROR_BODY_LIMIT) exchange.errorBody += chunk.toString('utf8')
          })
        }
        outgoing.writeHead(status, response.headers)
        response.pipe(outgoing)
      }
    )
    forwarded.on('error', (error) => {
      const errorBody = `forwarding to ${upstream} failed: ${error.message}`
      exchanges.push({ method, url, upstream, receivedAt, status: 502, responseHeaders: {}, errorBody })
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' })
      outgoing.end(errorBody)
    })
    incoming.pipe(forwarded)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
