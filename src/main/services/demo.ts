import { SferaError } from '../../shared/domain/errors'
import type { KeyValueStore, SettingsData } from '../core-types'
import type { Logger } from '../log'

/** What demo mode needs of a running sandbox. */
export interface DemoServer {
  url: string
  token: string
  close(): Promise<void>
}

/**
 * Starts the built-in sandbox on a loopback port (0: any free one). The composition root (the Electron shell or
 * the browser host entry) hands it in and loads the sandbox only when it is called, so the fake servers are a
 * chunk of their own, never part of the core's bundle; a build without it has no demo mode.
 */
export type DemoServerLauncher = (options: { port: number }) => Promise<DemoServer>

export interface DemoSandboxDeps {
  launch: DemoServerLauncher | undefined
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
  private sandbox: DemoServer | null = null
  private starting: Promise<DemoServer> | null = null

  constructor(private readonly deps: DemoSandboxDeps) {}

  async start(): Promise<void> {
    if (this.sandbox) return
    this.starting ??= this.listen()
    this.sandbox = await this.starting
  }

  /** The origin that serves every host of the demo cabinets' marketplace. */
  origin(): string {
    return this.require().url
  }

  token(): string {
    return this.require().token
  }

  async close(): Promise<void> {
    await this.sandbox?.close()
    this.sandbox = null
    this.starting = null
  }

  private async listen(): Promise<DemoServer> {
    const { launch, settings, log, onOriginMoved } = this.deps
    if (!launch) throw new SferaError('not_found', 'В этой сборке нет демо-режима', { reason: 'demo_unavailable' })
    const previous = settings.get('demoSandboxOrigin')
    const previousPort = previous ? Number(new URL(previous).port) : 0
    const sandbox = await launch({ port: previousPort }).catch(() => launch({ port: 0 }))
    if (previous && previous !== sandbox.url) onOriginMoved(previous, sandbox.url)
    settings.set('demoSandboxOrigin', sandbox.url)
    log.info('demo sandbox started', { url: sandbox.url })
    return sandbox
  }

  private require(): DemoServer {
    if (!this.sandbox) throw new Error('demo sandbox is not started')
    return this.sandbox
  }
}
