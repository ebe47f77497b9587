import type { EventName, EventPayload } from '../shared/ipc'
import type { Dataset } from '../shared/domain/datasets'
import type { EventListener } from './core-types'

/**
 * Push events from the core to whichever shell is attached. 'data.changed' is coalesced: the first
 * write is announced at once, later ones within the window are merged into one trailing event, so a
 * sync committing pages every few milliseconds does not make the renderer refetch per page.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>()
  private pendingDatasets = new Set<Dataset>()
  private windowTimer: NodeJS.Timeout | null = null

  constructor(private readonly coalesceMs = 250) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload)
  }

  datasetsChanged(datasets: readonly Dataset[]): void {
    if (datasets.length === 0) return
    if (this.windowTimer) {
      for (const d of datasets) this.pendingDatasets.add(d)
      return
    }
    this.emit('data.changed', { datasets: [...new Set(datasets)] })
    this.windowTimer = setTimeout(() => this.flushWindow(), this.coalesceMs)
  }

  private flushWindow(): void {
    this.windowTimer = null
    if (this.pendingDatasets.size === 0) return
    const datasets = [...this.pendingDatasets]
    this.pendingDatasets = new Set()
    this.datasetsChanged(datasets)
  }

  close(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer)
    this.windowTimer = null
    if (this.pendingDatasets.size > 0) this.emit('data.changed', { datasets: [...this.pendingDatasets] })
    this.pendingDatasets.clear()
    this.listeners.clear()
  }
}
