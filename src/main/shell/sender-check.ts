/** What the IPC bridge knows about the frame that sent a call, as plain data. */
export interface SenderFacts {
  /** `event.senderFrame.url`, or null when the frame is gone. */
  frameUrl: string | null
  /** `event.senderFrame === event.sender.mainFrame`. */
  isMainFrame: boolean
  webContentsId: number
}

export interface TrustedRenderer {
  /** The app window's webContents id. */
  webContentsId: number
  /** Where the app's UI is loaded from: the dev server's URL, or the file:// URL of the built index.html. */
  appUrl: string
}

/** Calls are served only to the app's own window, its top frame, showing the app's own page. */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedRenderer): boolean {
  return (
    sender.isMainFrame &&
    sender.webContentsId === trusted.webContentsId &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl, trusted.appUrl)
  )
}

/**
 * Whether a URL is the app's own page. For a dev server that is its origin; for file:// it is the one
 * index.html, since every file:// URL shares an opaque origin and any local file would otherwise pass.
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  const target = parseUrl(candidate)
  const app = parseUrl(appUrl)
  if (!target || !app) return false
  if (app.protocol === 'file:') {
    const targetPath = decodedPath(target)
    return target.protocol === 'file:' && target.host === app.host && targetPath !== null && targetPath === decodedPath(app)
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin
  return false
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** Node and Chromium percent-encode file paths slightly differently (e.g. Cyrillic folder names). */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return null
  }
}
