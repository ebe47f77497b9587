import { SferaError } from '../../shared/domain/errors'
import type { Marketplace } from '../../shared/domain/marketplace'
import type { KeyValueStore, SettingsData } from '../core-types'
import type { Logger } from '../log'

/** What demo mode needs of one marketplace's running sandbox. */
export interface DemoServer {
  /** The origin that serves every host of the marketplace. */
  url: string
  /** What a real cabinet keeps in the vault (WB: token; Ozon: apiKey), by field key. */
  secrets: Readonly<Record<string, string>>
  /** A real cabinet's plain fields (Ozon: clientId), by field key. */
  fields: Readonly<Record<string, string>>
  close(): Promise<void>
}

/**
 * Starts the built-in sandbox of one marketplace on a loopback port (0: any free one), or resolves null when that
 * marketplace has none. The composition root (the Electron shell or the browser host entry) hands it in and loads
 * the sandboxes only when it is called, so the fake servers are a chunk of their own, never part of the core's
 * bundle; a build without it has no demo mode.
 */
export type DemoServerLauncher = (marketplace: Marketplace, options: { port: number }) => Promise<DemoServer | null>

export interface DemoSandboxDeps {
  launch: DemoServerLauncher | undefined
  settings: KeyValueStore<SettingsData>
  log: Logger
  /** A sandbox came up on another origin than last time: links stored in the mirror must follow it. */
  onOriginMoved(marketplace: Marketplace, from: string, to: string): void
}

/**
 * Demo mode: each marketplace's built-in sandbox runs inside the app on a loopback port, and that marketplace's
 * demo cabinet talks to it instead of the real API. A sandbox starts when the first demo cabinet needs it, on the
 * port it had last time when that port is free.
 */
export class DemoSandbox {
  private readonly running = new Map<Marketplace, Promise<DemoServer | null>>()
  private readonly started = new Map<Marketplace, DemoServer>()

  constructor(private readonly deps: DemoSandboxDeps) {}

  /** Whether the marketplace has a sandbox; it is running once this resolves true. */
  async start(marketplace: Marketplace): Promise<boolean> {
    let running = this.running.get(marketplace)
    if (!running) {
      running = this.listen(marketplace)
      this.running.set(marketplace, running)
      // A failed start may be retried by the next call.
      running.catch(() => this.running.delete(marketplace))
    }
    const server = await running
    if (server) this.started.set(marketplace, server)
    return server !== null
  }

  origin(marketplace: Marketplace): string {
    return this.require(marketplace).url
  }

  secret(marketplace: Marketplace, key: string): string {
    const value = this.require(marketplace).secrets[key]
    if (value === undefined) throw new Error(`the ${marketplace} demo sandbox has no secret ${key}`)
    return value
  }

  field(marketplace: Marketplace, key: string): string | undefined {
    return this.require(marketplace).fields[key]
  }

  async close(): Promise<void> {
    const servers = [...this.started.values()]
    this.started.clear()
    this.running.clear()
    await Promise.all(servers.map((server) => server.close()))
  }

  private async listen(marketplace: Marketplace): Promise<DemoServer | null> {
    const { launch, settings, log, onOriginMoved } = this.deps
    if (!launch) throw new SferaError('not_found', 'В этой сборке нет демо-режима', { reason: 'demo_unavailable' })
    const previous = settings.get('demoSandboxOrigins')[marketplace] ?? null
    const previousPort = previous ? Number(new URL(previous).port) : 0
    const server = await launch(marketplace, { port: previousPort }).catch(() => launch(marketplace, { port: 0 }))
    if (!server) return null
    if (previous && previous !== server.url) onOriginMoved(marketplace, previous, server.url)
    settings.set('demoSandboxOrigins', { ...settings.get('demoSandboxOrigins'), [marketplace]: server.url })
    log.info('demo sandbox started', { marketplace, url: server.url })
    return server
  }

  private require(marketplace: Marketplace): DemoServer {
    const server = this.started.get(marketplace)
    if (!server) throw new Error(`the ${marketplace} demo sandbox is not started`)
    return server
  }
}

/** Every origin a demo sandbox has served from: the renderer shows demo photos from these alone. */
export function demoSandboxOrigins(settings: KeyValueStore<SettingsData>): string[] {
  return Object.values(settings.get('demoSandboxOrigins')).filter((origin): origin is string => typeof origin === 'string')
}
