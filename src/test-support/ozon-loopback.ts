import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One scripted answer of a loopback Ozon: a status and the body as sent. */
export interface Answer {
  status: number
  body: string
}

/** A loopback Ozon that answers the scripted answers in turn (the last one for ever) and keeps what it was sent. */
export async function ozonAnswering(answers: Answer[]): Promise<{ url: string; received: Array<{ headers: IncomingHttpHeaders; body: unknown }>; close: () => Promise<void> }> {
  const received: Array<{ headers: IncomingHttpHeaders; body: unknown }> = []
  const server = createServer((req, res) => {
    let text = ''
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    req.on('end', () => {
      received.push({ headers: req.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) })
      const answer = answers[Math.min(received.length, answers.length) - 1]!
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export const rpcStatus = (status: number, code: number, message: string): Answer => ({ status, body: JSON.stringify({ code, message, details: [] }) })
export const ok = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body) })
