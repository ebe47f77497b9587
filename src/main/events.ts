import type { EventName, EventPayload } from '../shared/ipc'
import type { TableName } from '../shared/domain/tables'
import type { EventListener } from './core-types'

/**
 * Push events from the core to whichever shell is attached. 'data.changed' is coalesced: the first
 * write is announced at once, later ones within the window are merged into one trailing event, so a
 * sync committing pages every few milliseconds does not make the renderer refetch per page.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>()
  private pendingTables = new Set<TableName>()
  private windowTimer: NodeJS.Timeout | null = null

  constructor(private readonly coalesceMs = 250) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload)
  }

  tablesChanged(tables: readonly TableName[]): void {
    if (tables.length === 0) return
    if (this.windowTimer) {
      for (const t of tables) this.pendingTables.add(t)
      return
    }
    this.emit('data.changed', { tables: [...new Set(tables)] })
    this.windowTimer = setTimeout(() => this.flushWindow(), this.coalesceMs)
  }

  private flushWindow(): void {
    this.windowTimer = null
    if (this.pendingTables.size === 0) return
    const tables = [...this.pendingTables]
    this.pendingTables = new Set()
    this.tablesChanged(tables)
  }

  close(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer)
    this.windowTimer = null
    if (this.pendingTables.size > 0) this.emit('data.changed', { tables: [...this.pendingTables] })
    this.pendingTables.clear()
    this.listeners.clear()
  }
}
