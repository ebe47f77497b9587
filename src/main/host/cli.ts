import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../core'
import { endpointsFromEnv } from '../endpoints'
import { createLogger } from '../log'
import { createKeyFileCipher } from '../vault/key-file-cipher'
import { openNodeStores } from '../vault/stores'
import { startBrowserHost } from './server'
import packageJson from '../../../package.json'
import { builtWorkers } from '../workers'

/**
 * `node out/main/host.js [--data-dir DIR] [--port N] [--rate-limit-scale S]`: the app's core without Electron, serving the
 * built renderer to a browser on 127.0.0.1. Environment: SFERA_DATA_DIR, SFERA_PORT, SFERA_WB_URL (or one SFERA_WB_*_URL per WB host).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'rate-limit-scale': { type: 'string' } },
    allowPositionals: false
  })
  const dataDir = resolve(values['data-dir'] ?? process.env.SFERA_DATA_DIR ?? join(homedir(), '.sfera-desktop'))
  const port = Number(values.port ?? process.env.SFERA_PORT ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${port}`)
  // Only for tests against the sandbox with its limits scaled alike: against real WB it would earn 429s.
  const rateLimitScale = Number(values['rate-limit-scale'] ?? process.env.SFERA_RATE_LIMIT_SCALE ?? 1)
  if (!(rateLimitScale > 0 && rateLimitScale <= 1)) throw new Error(`--rate-limit-scale must be in (0, 1], got ${rateLimitScale}`)

  const log = createLogger(process.env.SFERA_LOG_LEVEL === 'debug' ? 'debug' : 'info')
  // The last resort: a fault the request handlers did not catch is logged, and the seller's host keeps serving.
  process.on('uncaughtException', (error) => log.error('uncaught exception', { error: error.name, message: error.message }))
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason instanceof Error ? reason.name : typeof reason }))
  const stores = openNodeStores(dataDir)
  const core = await createCore({
    dataDir,
    shell: 'browser',
    version: packageJson.version,
    cipher: createKeyFileCipher(dataDir),
    settings: stores.settings,
    secrets: stores.secrets,
    endpoints: endpointsFromEnv(process.env),
    // The bundle lives in out/main/; the renderer build and the migrations sit beside it in the repo.
    migrationsDir: join(__dirname, '../../drizzle'),
    launchWorker: builtWorkers(__dirname),
    // Loaded on first use: the fake servers are a chunk of their own, not part of the core's bundle.
    startDemoSandbox: async (marketplace, options) => (await import('../../sandbox/demo')).startDemoSandbox(marketplace, options),
    rateLimitScale,
    log
  })
  const host = await startBrowserHost({ core, rendererDir: join(__dirname, '../renderer'), port, log })
  process.stdout.write(`SFERA Desktop (браузерный режим) запущен. Откройте: ${host.url}\nДанные: ${dataDir}\n`)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await host.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  process.stderr.write(`SFERA Desktop не запустился: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
