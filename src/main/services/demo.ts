import { startWbSandbox, type WbSandbox } from '../../sandbox/wildberries'
import type { Endpoints, KeyValueStore, SettingsData } from '../core-types'
import type { Logger } from '../log'

export interface DemoSandboxDeps {
  settings: KeyValueStore<SettingsData>
  log: Logger
  /** The sandbox came up on another origin than last time: links stored in the mirror must follow it. */
  onOriginMoved(from: string, to: string): void
}

/**
 * Demo mode: the built-in Wildberries sandbox runs inside the app on a loopback port, and demo
 * cabinets talk to it instead of the real API. It starts when the first demo cabinet needs it, on the
 * port it had last time when that port is free.
 */
export class DemoSandbox {
  private sandbox: WbSandbox | null = null
  private starting: Promise<WbSandbox> | null = null

  constructor(private readonly deps: DemoSandboxDeps) {}

  async start(): Promise<void> {
    if (this.sandbox) return
    this.starting ??= this.listen()
    this.sandbox = await this.starting
  }

  endpoints(): Endpoints {
    const { url } = this.require()
    return {
      wildberriesContent: url,
      wildberriesMarketplace: url,
      wildberriesStatistics: url,
      wildberriesAnalytics: url,
      wildberriesSupplies: url
    }
  }

  token(): string {
    return this.require().token
  }

  async close(): Promise<void> {
    await this.sandbox?.close()
    this.sandbox = null
    this.starting = null
  }

  private async listen(): Promise<WbSandbox> {
    const { settings, log, onOriginMoved } = this.deps
    const previous = settings.get('demoSandboxOrigin')
    const previousPort = previous ? Number(new URL(previous).port) : 0
    const sandbox = await startWbSandbox({ port: previousPort }).catch(() => startWbSandbox({ port: 0 }))
    if (previous && previous !== sandbox.url) onOriginMoved(previous, sandbox.url)
    settings.set('demoSandboxOrigin', sandbox.url)
    log.info('demo sandbox started', { url: sandbox.url })
    return sandbox
  }

  private require(): WbSandbox {
    if (!this.sandbox) throw new Error('demo sandbox is not started')
    return this.sandbox
  }
}
