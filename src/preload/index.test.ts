import { describe, expect, it, vi } from 'vitest'
import { callNames, eventNames, ipcChannel, splitCallName } from '../shared/ipc'

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as [string, unknown][],
    listeners,
    emit: (channel: string, event: unknown, payload: unknown) => listeners.get(channel)?.forEach((l) => l(event, payload))
  }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      electron.invoked.push([channel, input])
      return { ok: true, value: null }
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = electron.listeners.get(channel) ?? new Set()
      electron.listeners.set(channel, set.add(listener))
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => electron.listeners.get(channel)?.delete(listener)
  }
}))

await import('./index')
const api = electron.exposed.get('sfera') as Record<string, Record<string, (arg: unknown) => unknown>>

describe('preload window.sfera', () => {
  it('exposes only window.sfera: one function per contract call and one subscriber per event', () => {
    expect([...electron.exposed.keys()]).toEqual(['sfera'])
    const expected: Record<string, string[]> = { on: [...eventNames].sort() }
    for (const name of callNames) {
      const [domain, method] = splitCallName(name)
      ;(expected[domain] ??= []).push(method)
    }
    const actual = Object.fromEntries(Object.entries(api).map(([domain, fns]) => [domain, Object.keys(fns).sort()]))
    expect(actual).toEqual(Object.fromEntries(Object.entries(expected).map(([d, m]) => [d, m.sort()])))
    for (const fns of Object.values(api)) for (const fn of Object.values(fns)) expect(typeof fn).toBe('function')
  })

  it("invokes each call's own channel with the input", async () => {
    await api.app!.status!({})
    await api.accounts!.checkConnection!({ id: 'x' })
    expect(electron.invoked).toEqual([
      [ipcChannel.call('app.status'), {}],
      [ipcChannel.call('accounts.checkConnection'), { id: 'x' }]
    ])
  })

  it('hands listeners the payload only, and unsubscribes', () => {
    const received: unknown[][] = []
    const unsubscribe = api.on!['data.changed']!((...args: unknown[]) => received.push(args)) as () => void
    const channel = ipcChannel.event('data.changed')
    electron.emit(channel, { sender: 'IpcRendererEvent with ports and sender' }, { tables: ['accounts'] })
    expect(received).toEqual([[{ tables: ['accounts'] }]])
    unsubscribe()
    expect(electron.listeners.get(channel)?.size).toBe(0)
  })
})
