import { startDemoSandbox } from '../sandbox/demo'
import { createCore } from '../main/core'
import type { Core, Endpoints } from '../main/core-types'
import { silentLogger, type Logger } from '../main/log'
import { createKeyFileCipher } from '../main/vault/key-file-cipher'
import { openNodeStores } from '../main/vault/stores'
import { sourceWorkers } from './source-workers'
import { migrationsDir } from './temp'

export interface TestCoreOptions {
  dataDir: string
  endpoints: Endpoints
  /** Scales every rate budget's period, to match a sandbox started with the same scale. */
  rateLimitScale?: number
  log?: Logger
}

/**
 * The one way tests, the sync child and the bench build a core: as the browser host does (key-file cipher, conf
 * stores, migrations from the repo), with workers run from their sources and the sandbox for demo mode.
 */
export function createTestCore(options: TestCoreOptions): Promise<Core> {
  const stores = openNodeStores(options.dataDir)
  return createCore({
    dataDir: options.dataDir,
    shell: 'browser',
    version: '0.0.0-test',
    cipher: createKeyFileCipher(options.dataDir),
    settings: stores.settings,
    secrets: stores.secrets,
    endpoints: options.endpoints,
    migrationsDir,
    launchWorker: sourceWorkers,
    startDemoSandbox,
    log: options.log ?? silentLogger,
    ...(options.rateLimitScale === undefined ? {} : { rateLimitScale: options.rateLimitScale })
  })
}
