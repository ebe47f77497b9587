import { beforeEach, describe, expect, it, vi } from 'vitest'
import { callNames, ipcChannel } from '../../shared/ipc'
import type { Core, EventListener } from '../core-types'
import { silentLogger } from '../log'

type Handler = (event: unknown, input: unknown) => Promise<unknown>
const registered = vi.hoisted(() => new Map<string, Handler>())

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`)
      registered.set(channel, handler)
    },
    removeHandler: (channel: string) => registered.delete(channel)
  }
}))

const { registerIpcBridge } = await import('./ipc-bridge')

const appUrl = 'file:///opt/SFERA/resources/app.asar/out/renderer/index.html'

function fakeWindow() {
  const mainFrame = { url: `${appUrl}#/products` }
  const sent: [string, unknown][] = []
  const webContents = { id: 1, mainFrame, send: (channel: string, payload: unknown) => sent.push([channel, payload]) }
  return { window: { webContents, isDestroyed: () => false }, mainFrame, webContents, sent }
}

function fakeCore() {
  let listener: EventListener | null = null
  const core = {
    dispatch: vi.fn(async (name: string) => ({ ok: true as const, value: name })),
    subscribe: vi.fn((l: EventListener) => {
      listener = l
      return () => {
        listener = null
      }
    }),
    close: async () => undefined
  } satisfies Core
  return { core, emit: (...args: Parameters<EventListener>) => listener?.(...args), hasListener: () => listener !== null }
}

function setUp() {
  const win = fakeWindow()
  const core = fakeCore()
  const dispose = registerIpcBridge({ core: core.core, window: win.window as never, appUrl, log: silentLogger })
  const handler = (name: (typeof callNames)[number]) => registered.get(ipcChannel.call(name))!
  return { ...win, ...core, dispose, handler }
}

beforeEach(() => registered.clear())

describe('registerIpcBridge', () => {
  it('registers exactly one channel per contract call', () => {
    setUp()
    expect([...registered.keys()].sort()).toEqual(callNames.map((n) => ipcChannel.call(n)).sort())
  })

  it("dispatches calls from the app window's main frame", async () => {
    const { handler, webContents, mainFrame, core } = setUp()
    const result = await handler('app.status')({ sender: webContents, senderFrame: mainFrame }, {})
    expect(result).toEqual({ ok: true, value: 'app.status' })
    expect(core.dispatch).toHaveBeenCalledWith('app.status', {})
  })

  it.each([
    ['a sub-frame', (w: ReturnType<typeof fakeWindow>) => ({ sender: w.webContents, senderFrame: { url: `${appUrl}` } })],
    ['a destroyed frame', (w: ReturnType<typeof fakeWindow>) => ({ sender: w.webContents, senderFrame: null })],
    [
      'another webContents',
      () => {
        const frame = { url: appUrl }
        return { sender: { id: 2, mainFrame: frame }, senderFrame: frame }
      }
    ],
    [
      'a foreign page in the app window',
      (w: ReturnType<typeof fakeWindow>) => {
        w.mainFrame.url = 'https://evil.test/'
        return { sender: w.webContents, senderFrame: w.mainFrame }
      }
    ]
  ])('refuses %s without dispatching', async (_label, makeEvent) => {
    const setup = setUp()
    const result = await setup.handler('accounts.create')(makeEvent(setup), { marketplace: 'wildberries', name: 'x', fields: { token: 'secret' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
    expect(setup.core.dispatch).not.toHaveBeenCalled()
  })

  it('forwards core events to the window and unregisters on dispose', () => {
    const { emit, sent, dispose, hasListener } = setUp()
    emit('data.changed', { datasets: ['accounts'] })
    expect(sent).toEqual([[ipcChannel.event('data.changed'), { datasets: ['accounts'] }]])
    dispose()
    expect(registered.size).toBe(0)
    expect(hasListener()).toBe(false)
  })
})
