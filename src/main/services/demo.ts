import { startWbSandbox, type WbSandbox } from '../../sandbox/wildberries'
import type { Endpoints } from '../core-types'
import type { Logger } from '../log'

/**
 * Demo mode: the built-in Wildberries sandbox runs inside the app on a loopback port, and demo
 * cabinets talk to it instead of the real API. It starts when the first demo cabinet needs it.
 */
export class DemoSandbox {
  private sandbox: WbSandbox | null = null
  private starting: Promise<WbSandbox> | null = null

  constructor(private readonly log: Logger) {}

  async start(): Promise<void> {
    if (this.sandbox) return
    this.starting ??= startWbSandbox({ port: 0 })
    this.sandbox = await this.starting
    this.log.info('demo sandbox started', { url: this.sandbox.url })
  }

  get running(): boolean {
    return this.sandbox !== null
  }

  endpoints(): Endpoints {
    return { wildberriesContent: this.require().url }
  }

  token(): string {
    return this.require().token
  }

  async close(): Promise<void> {
    await this.sandbox?.close()
    this.sandbox = null
    this.starting = null
  }

  private require(): WbSandbox {
    if (!this.sandbox) throw new Error('demo sandbox is not started')
    return this.sandbox
  }
}
