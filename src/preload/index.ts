import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { callNames, eventNames, ipcChannel, splitCallName, type CallName, type EventName, type SferaApi } from '../shared/ipc'

/**
 * window.sfera: one named function per contract call and one subscriber per event. Nothing generic crosses
 * the bridge (no invoke/send/on taking a channel), and listeners get the payload only, never the IpcRendererEvent.
 */
function callFunction(name: CallName) {
  const channel = ipcChannel.call(name)
  return function call(input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(channel, input)
  }
}

function subscribeFunction(name: EventName) {
  const channel = ipcChannel.event(name)
  return function subscribe(listener: (payload: unknown) => void): () => void {
    const forwardPayload = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, forwardPayload)
    return function unsubscribe() {
      ipcRenderer.removeListener(channel, forwardPayload)
    }
  }
}

function buildApi(): SferaApi {
  const domains: Record<string, Record<string, unknown>> = {}
  for (const name of callNames) {
    const [domain, method] = splitCallName(name)
    domains[domain] = { ...domains[domain], [method]: callFunction(name) }
  }
  const on = Object.fromEntries(eventNames.map((name) => [name, subscribeFunction(name)]))
  // The shape is generated from the same contract SferaApi is derived from; the cast is the one place they meet.
  return { ...domains, on } as unknown as SferaApi
}

contextBridge.exposeInMainWorld('sfera', buildApi())
