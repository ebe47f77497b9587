import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { callNames, ipcChannel, type CallResult } from '../../shared/ipc'
import type { Core } from '../core-types'
import type { Logger } from '../log'
import { isTrustedSender } from './sender-check'

export interface IpcBridgeOptions {
  core: Core
  window: BrowserWindow
  /** The app page's URL (dev server or file:// index.html): calls from any other page are refused. */
  appUrl: string
  log: Logger
}

const forbidden: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden_sender', message: 'Запрос отклонён: он пришёл не из окна приложения.' }
}

/**
 * One `ipcMain.handle` per contract call, so the renderer can reach nothing the contract does not name.
 * The sender is checked before the input is even looked at. Returns a function that unregisters everything.
 */
export function registerIpcBridge({ core, window, appUrl, log }: IpcBridgeOptions): () => void {
  const trusted = { webContentsId: window.webContents.id, appUrl }

  for (const name of callNames) {
    ipcMain.handle(ipcChannel.call(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      const sender = { frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame, webContentsId: event.sender.id }
      if (!isTrustedSender(sender, trusted)) {
        log.warn('ipc call from a foreign sender refused', { call: name, frameUrl: sender.frameUrl, isMainFrame: sender.isMainFrame })
        return forbidden
      }
      return core.dispatch(name, input)
    })
  }

  const unsubscribe = core.subscribe((name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(ipcChannel.event(name), payload)
  })

  return () => {
    unsubscribe()
    for (const name of callNames) ipcMain.removeHandler(ipcChannel.call(name))
  }
}
