import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../core-types'
import { silentLogger } from '../log'
import { startBrowserHost, type BrowserHost } from './server'

const token = 'a'.repeat(64)
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

/** A host in front of a core that echoes each call, so these tests see only what the host itself does. */
async function host(): Promise<{ host: BrowserHost; calls: Array<{ name: string; input: unknown }> }> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'sfera-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>SFERA</title>')
  const calls: Array<{ name: string; input: unknown }> = []
  const core: Core = {
    dispatch: async (name, input) => {
      calls.push({ name, input })
      return { ok: true, value: { name } }
    },
    subscribe: () => () => {},
    close: async () => {}
  }
  const started = await startBrowserHost({ core, rendererDir, log: silentLogger, token })
  cleanups.push(() => rmSync(rendererDir, { recursive: true, force: true }), () => started.close())
  return { host: started, calls }
}

/** Sends bytes as they are, for request targets no HTTP client would send; resolves with the status line. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString()))
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''))
    socket.on('error', reject)
  })
}

const call = (h: BrowserHost, name: string, body: string, contentType = 'application/json') =>
  fetch(`${h.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body
  })

describe('browser host', () => {
  it('answers request targets that are not paths with 400 and keeps serving', async () => {
    const { host: h } = await host()
    const loopback = `Host: 127.0.0.1:${h.port}\r\nConnection: close\r\n\r\n`
    for (const target of ['http://[::/', 'http://a:99999/', '*', '//']) {
      expect(await rawRequest(h.port, `GET ${target} HTTP/1.1\r\n${loopback}`), target).toMatch(/^HTTP\/1\.1 (400|404)/)
    }
    expect(await rawRequest(h.port, `GET http://[::/ HTTP/1.1\r\n${loopback}`)).toBe('HTTP/1.1 400 Bad Request')
    expect((await fetch(`${h.origin}/`)).status).toBe(200)
  })

  it('answers a call name that is not valid percent-encoding with 400 and keeps serving', async () => {
    const { host: h, calls } = await host()
    for (const name of ['%E0%A4%A', '%']) {
      const response = await call(h, name, '{}')
      expect(response.status, name).toBe(400)
      expect(await response.json()).toEqual({ error: 'call name is not valid percent-encoding' })
    }
    expect(calls).toEqual([])
    expect(await (await call(h, 'accounts.list', '{}')).json()).toEqual({ ok: true, value: { name: 'accounts.list' } })
  })

  it('answers a body over 1 MiB with a 413 JSON error, without handing it to the core', async () => {
    const { host: h, calls } = await host()
    const response = await call(h, 'accounts.list', ' '.repeat(2 * 1024 * 1024))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'body is larger than 1048576 bytes' })
    expect(calls).toEqual([])
    expect((await call(h, 'accounts.list', '{}')).status).toBe(200)
  })

  it('takes application/json only, with or without parameters', async () => {
    const { host: h, calls } = await host()
    for (const type of ['application/jsonx', 'application/json-patch+json', 'text/plain', '']) {
      expect((await call(h, 'accounts.list', '{}', type)).status, type).toBe(415)
    }
    expect((await call(h, 'accounts.list', '{}', 'application/json; charset=utf-8')).status).toBe(200)
    expect((await call(h, 'accounts.list', '{}', 'Application/JSON')).status).toBe(200)
    expect(calls).toHaveLength(2)
  })

  it('refuses calls without the token and requests for another Host', async () => {
    const { host: h, calls } = await host()
    const anonymous = await fetch(`${h.origin}/api/call/accounts.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(anonymous.status).toBe(401)
    expect(await rawRequest(h.port, `GET / HTTP/1.1\r\nHost: evil.example:${h.port}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 421/)
    expect(calls).toEqual([])
  })
})
