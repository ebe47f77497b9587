import { resolve } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { createCore } from './core'
import type { Core } from './core-types'
import { endpointsFromEnv } from './endpoints'
import { createLogger } from './log'
import { registerIpcBridge } from './shell/ipc-bridge'
import { electronNativeBinding, migrationsDir, rendererLocation } from './shell/paths'
import { createSafeStorageCipher } from './shell/safe-storage-cipher'
import { openElectronStores } from './shell/stores'
import { createMainWindow, hardenSession, hardenWebContents, loadRenderer, openAllowedExternal } from './shell/window'
import { builtWorkers } from './workers'

const log = createLogger()

// Tests and power users point the app at another data folder; userData must be set before 'ready'.
if (process.env.SFERA_DATA_DIR) app.setPath('userData', resolve(process.env.SFERA_DATA_DIR))

// Every renderer, including any Electron creates on its own, runs in the OS sandbox. Must precede 'ready'.
app.enableSandbox()

if (app.requestSingleInstanceLock()) {
  runShell()
} else {
  // A second copy would open the same mirror and stores; the running one brings its window forward instead.
  app.quit()
}

function runShell(): void {
  const renderer = rendererLocation()
  let core: Core | null = null
  let mainWindow: BrowserWindow | null = null
  let disposeBridge: (() => void) | null = null
  let closing = false

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, renderer.url))

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => app.quit())

  // Quitting waits for the core: a sync in flight commits or rolls back its page, the mirror closes cleanly.
  app.on('will-quit', (event) => {
    if (!core) return
    event.preventDefault()
    if (closing) return
    closing = true
    disposeBridge?.()
    core
      .close()
      .catch((error: unknown) => log.error('core did not close cleanly', { error: String(error) }))
      .finally(() => {
        core = null
        app.quit()
      })
  })

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession)
      const dataDir = app.getPath('userData')
      const { settings, secrets } = openElectronStores(dataDir)
      core = await createCore({
        dataDir,
        shell: 'electron',
        version: app.getVersion(),
        cipher: createSafeStorageCipher(settings),
        settings,
        secrets,
        endpoints: endpointsFromEnv(process.env),
        nativeBinding: electronNativeBinding(),
        migrationsDir: migrationsDir(),
        launchWorker: builtWorkers(__dirname),
        // Loaded on first use: the fake servers are a chunk of their own, not part of the core's bundle.
        startDemoSandbox: async (marketplace, options) => (await import('../sandbox/demo')).startDemoSandbox(marketplace, options),
        // e2e against the sandbox scales WB's limits on both sides; a packaged app always keeps WB's own.
        ...(!app.isPackaged && process.env.SFERA_RATE_LIMIT_SCALE ? { rateLimitScale: Number(process.env.SFERA_RATE_LIMIT_SCALE) } : {}),
        openExternal: openAllowedExternal,
        log
      })
      mainWindow = createMainWindow()
      disposeBridge = registerIpcBridge({ core, window: mainWindow, appUrl: renderer.url, log })
      await loadRenderer(mainWindow, renderer)
    })
    .catch(async (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error)
      log.error('start-up failed', { error: detail })
      dialog.showErrorBox(
        'SFERA не запустилась',
        `Не удалось запустить SFERA.\n\n${detail}\n\nЕсли ошибка повторяется, перезапустите компьютер или обратитесь в поддержку.`
      )
      await core?.close().catch(() => undefined)
      core = null
      app.exit(1)
    })
}
