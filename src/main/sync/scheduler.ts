import type { SyncSchedule } from '../../shared/ipc/sync'
import type { KeyValueStore, SettingsData } from '../core-types'

export interface SyncSchedulerDeps {
  settings: KeyValueStore<SettingsData>
  /** Starts a sync of every cabinet that is not syncing already. */
  syncAll(): void
  now?: () => number
}

/** Background sync on the interval the seller chose (off by default); the choice survives restarts. */
export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null
  private nextRunAt: number | null = null
  private readonly now: () => number

  constructor(private readonly deps: SyncSchedulerDeps) {
    this.now = deps.now ?? Date.now
    this.arm(deps.settings.get('syncIntervalMinutes') ?? null)
  }

  get(): SyncSchedule {
    return { intervalMinutes: this.deps.settings.get('syncIntervalMinutes') ?? null, nextRunAt: this.nextRunAt }
  }

  set(intervalMinutes: number | null): SyncSchedule {
    this.deps.settings.set('syncIntervalMinutes', intervalMinutes)
    this.arm(intervalMinutes)
    return this.get()
  }

  close(): void {
    this.arm(null)
  }

  private arm(intervalMinutes: number | null): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextRunAt = null
    if (intervalMinutes === null) return
    const delay = intervalMinutes * 60_000
    this.nextRunAt = this.now() + delay
    this.timer = setTimeout(() => {
      this.deps.syncAll()
      this.arm(intervalMinutes)
    }, delay)
    this.timer.unref()
  }
}
