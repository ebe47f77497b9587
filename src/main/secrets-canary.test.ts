import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from '../sandbox/ozon'
import { startWbSandbox, type WbSandbox } from '../sandbox/wildberries'
import { createTestCore } from '../test-support/test-core'
import { tempDataDir } from '../test-support/temp'
import type { Core } from './core-types'
import { endpointsFromEnv } from './endpoints'
import { createLogger } from './log'

/**
 * Reliability suite 6 (secrets): a seller's keys go in through the contract and are used by a real sync, a failed
 * one and a refused one; afterwards no byte of any of them is in the data folder (mirror, WAL, settings, vault
 * file), the log, an answer or a push event.
 */
describe('a canary secret', () => {
  let sandbox: WbSandbox
  let ozon: OzonSandbox
  let core: Core
  let temp: { dir: string; cleanup(): void }
  const logLines: string[] = []
  const wire: string[] = []
  let canaries: string[]
  let ozonCabinetId: string

  async function call(name: string, input: unknown): Promise<unknown> {
    const result = await core.dispatch(name, input)
    wire.push(JSON.stringify(result))
    return result.ok ? result.value : undefined
  }

  async function idle(): Promise<void> {
    for (;;) {
      const statuses = (await call('sync.status', {})) as Array<{ running: boolean }>
      if (statuses.every((s) => !s.running)) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  beforeAll(async () => {
    sandbox = await startWbSandbox({ port: 0, rateLimits: false, cardCount: 40, fbsOrderCount: 20, orderCount: 30, saleCount: 20 })
    ozon = await startOzonSandbox({ port: 0, rateLimits: false, products: 30, postings: 20 })
    temp = tempDataDir()
    core = await createTestCore({
      dataDir: temp.dir,
      endpoints: endpointsFromEnv({ SFERA_WB_URL: sandbox.url, SFERA_OZON_URL: ozon.url }),
      rateLimitScale: 1e-6,
      log: createLogger('debug', (line) => logLines.push(line))
    })
    core.subscribe((name, payload) => wire.push(JSON.stringify([name, payload])))

    // A working key, one WB refuses (the real key with another signature) and one that is not a key at all.
    const refused = `${sandbox.token.slice(0, -8)}CANARY00`
    const malformed = 'CANARY-not-a-token-7f3a9c1e5b'
    // Ozon: the working Api-Key, a revoked one of the same Client-Id, and one with a typo.
    const ozonRevoked = ozon.mintKey({ deactivated: true })
    const ozonMistyped = `${ozon.apiKey.slice(0, -4)}zzzz`
    canaries = [sandbox.token, refused, malformed, ozon.apiKey, ozonRevoked, ozonMistyped]

    const good = (await call('accounts.create', { marketplace: 'wildberries', name: 'Рабочий', fields: { token: sandbox.token } })) as { id: string }
    const bad = (await call('accounts.create', { marketplace: 'wildberries', name: 'Отозванный', fields: { token: refused } })) as { id: string }
    await call('accounts.create', { marketplace: 'wildberries', name: 'Опечатка', fields: { token: malformed } })
    await call('accounts.update', { id: good.id, fields: { token: malformed } })
    const ozonGood = (await call('accounts.create', { marketplace: 'ozon', name: 'Ozon', fields: { clientId: ozon.clientId, apiKey: ozon.apiKey } })) as { id: string }
    // Ozon's key is asked about itself when it is added: a revoked one may be refused there already.
    const ozonBad = (await call('accounts.create', { marketplace: 'ozon', name: 'Ozon старый', fields: { clientId: ozon.clientId, apiKey: ozonRevoked } })) as { id: string } | undefined
    ozonCabinetId = ozonGood.id
    await call('accounts.create', { marketplace: 'ozon', name: 'Ozon опечатка', fields: { clientId: ozon.clientId, apiKey: ozonMistyped } })
    await call('accounts.checkConnection', { id: good.id })
    await call('accounts.checkConnection', { id: bad.id })
    await call('accounts.checkConnection', { id: ozonGood.id })
    if (ozonBad) await call('accounts.checkConnection', { id: ozonBad.id })
    await call('sync.startAll', {})
    await idle()
    await call('accounts.list', {})
    await call('app.status', {})
    await call('sync.status', {})
    await core.close()
  })

  afterAll(async () => {
    await sandbox.close()
    await ozon.close()
    temp.cleanup()
  })

  it('was really used: the good cabinets synced, the refused ones failed on auth, the malformed ones were turned away', () => {
    const answers = wire.join('\n')
    expect(answers).toContain(`"accountId":"${ozonCabinetId}","resource":"orders","status":"succeeded"`)
    expect(answers).toContain('"code":"invalid_input"')
    expect(answers).toContain('auth_failed')
    expect(answers).toMatch(/"status":"succeeded"/)
  })

  it('never reaches the log, an answer or a push event', () => {
    const seen = [...logLines, ...wire].join('\n')
    expect(logLines.length).toBeGreaterThan(0)
    for (const canary of canaries) expect(seen.includes(canary), canary.slice(0, 12)).toBe(false)
    // A JWT's signature is the part that is secret on its own.
    for (const canary of canaries.slice(0, 2)) expect(seen.includes(canary.split('.').at(-1)!)).toBe(false)
  })

  it('is in no file of the data folder, in UTF-8 or UTF-16', () => {
    const files = filesUnder(temp.dir)
    expect(files.some((file) => file.endsWith('mirror.sqlite'))).toBe(true)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const canary of canaries) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          expect(bytes.includes(Buffer.from(canary.split('.').at(-1)!, encoding)), `${file} holds a canary (${encoding})`).toBe(false)
        }
      }
    }
  })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}
