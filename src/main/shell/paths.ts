import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app } from 'electron'

/** Where the renderer is loaded from; `file` is set for the built UI, null for the dev server. */
export interface RendererLocation {
  url: string
  file: string | null
}

/** electron-vite's layout: out/main/index.js, out/preload/index.js, out/renderer/index.html. */
export function rendererLocation(): RendererLocation {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL
  // A packaged app never takes its UI from an environment variable.
  if (!app.isPackaged && devServerUrl) return { url: devServerUrl, file: null }
  const file = join(__dirname, '../renderer/index.html')
  return { url: pathToFileURL(file).href, file }
}

export function preloadPath(): string {
  return join(__dirname, '../preload/index.js')
}

export function migrationsDir(): string {
  return join(app.getAppPath(), 'drizzle')
}

/**
 * better-sqlite3 compiled for Electron's ABI. node_modules keeps the Node build (tests, browser host), so
 * scripts/rebuild-electron-native.mjs builds a second copy into native/electron/ and the core loads it through
 * better-sqlite3's `nativeBinding` option. Loading the Node build here would crash with NODE_MODULE_VERSION.
 */
export function electronNativeBinding(): string {
  const binding = join(app.getAppPath(), 'native', 'electron', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  if (!existsSync(binding)) {
    throw new Error(
      `Не найдена сборка модуля базы данных (better-sqlite3) для Electron: ${binding}.\n` +
        'Выполните «node scripts/rebuild-electron-native.mjs» (нужен доступ в интернет и компилятор C++) и запустите приложение снова.'
    )
  }
  return binding
}
