import { BrowserWindow, shell, type Session, type WebContents } from 'electron'
import { contentSecurityPolicy } from '../csp'
import { isAllowedExternalUrl } from './external-links'
import { preloadPath, type RendererLocation } from './paths'
import { isAppUrl } from './sender-check'

/** The app window, created hidden; call loadRenderer() once the IPC bridge is registered. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'SFERA',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  return window
}

export function loadRenderer(window: BrowserWindow, renderer: RendererLocation): Promise<void> {
  return renderer.file ? window.loadFile(renderer.file) : window.loadURL(renderer.url)
}

/**
 * Applied to every webContents the app creates: no navigation away from the app's page, no new windows
 * (allow-listed links go to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  const stayOnAppPage = (event: Electron.Event<{ url: string }>) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnAppPage)
  contents.on('will-redirect', stayOnAppPage)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openAllowedExternal(url)
    return { action: 'deny' }
  })
}

/** Opens the URL in the system browser if it is on the allow-list; tells whether it did. */
export async function openAllowedExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  try {
    await shell.openExternal(url)
    return true
  } catch {
    return false
  }
}

/** Deny every permission prompt (Electron grants them all without a handler) and send the app's CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
  })
}
