import type { Core, CoreConfig } from './core-types'
import { mirrorFile, openMirror } from './db/open'
import { sqliteDatasets } from './db/datasets'
import type { AccountRecord } from './db/queries/accounts'
import { listAccounts } from './db/queries/accounts'
import { movePhotoOrigin } from './db/queries/photo-origin'
import { EventHub } from './events'
import { createHttpClient, RateBudgets, systemClock } from './http'
import { accountsHandlers } from './ipc/accounts'
import { fbsPostingsHandlers } from './ipc/fbs-postings'
import { appHandlers } from './ipc/app'
import { ordersHandlers } from './ipc/orders'
import { productsHandlers } from './ipc/products'
import { salesHandlers } from './ipc/sales'
import { stocksHandlers } from './ipc/stocks'
import { suppliesHandlers } from './ipc/supplies'
import { createDispatcher } from './ipc/router'
import { syncHandlers } from './ipc/sync'
import { everyHostAt } from './endpoints'
import { providerFor } from './providers'
import type { ProviderDeps } from './providers/provider'
import { accountFieldValues, AccountsService, secretRef } from './services/accounts'
import { DemoSandbox } from './services/demo'
import { FbsPostingsService } from './services/fbs-postings'
import { SuppliesService } from './services/supplies'
import { SyncEngine } from './sync/engine'
import { sqliteMirrorAccess } from './sync/mirror-access'
import { startPageWriter } from './sync/page-writer/page-writer'
import { SyncScheduler } from './sync/scheduler'
import { SferaError } from '../shared/domain/errors'
import { upgradeSettings } from './vault/stores'
import { Vault } from './vault/vault'

/**
 * Builds the app's core from a config: mirror, vault, HTTP layer, sync engine and the IPC dispatcher.
 * It knows nothing of Electron; the Electron shell, the browser host and tests all build it the same way.
 */
export async function createCore(config: CoreConfig): Promise<Core> {
  const { log } = config
  const mirror = openMirror({
    dataDir: config.dataDir,
    migrationsDir: config.migrationsDir,
    ...(config.nativeBinding ? { nativeBinding: config.nativeBinding } : {})
  })
  const pageWriter = startPageWriter(config.launchWorker, {
    file: mirrorFile({ dataDir: config.dataDir }),
    ...(config.nativeBinding ? { nativeBinding: config.nativeBinding } : {})
  })
  const events = new EventHub()
  const vault = new Vault(config.secrets, config.cipher)
  const http = createHttpClient({ log })
  // 4% slower than WB's documented rate, and a quarter interval's head start for a burst's first request:
  // arrival jitter must not turn into 429s.
  const budgets = new RateBudgets(systemClock, { periodScale: config.rateLimitScale ?? 1, pacingMargin: 1.04, firstArrivalAllowance: 0.25 })
  upgradeSettings(config.settings)
  const demo = new DemoSandbox({
    launch: config.startDemoSandbox,
    settings: config.settings,
    log,
    onOriginMoved: (marketplace, from, to) => {
      const ids = listAccounts(mirror.db).filter((a) => a.isDemo && a.marketplace === marketplace).map((a) => a.id)
      sqliteMirrorAccess(mirror.sqlite).write(movePhotoOrigin(ids, from, to))
    }
  })

  const providerDeps = (account: AccountRecord): ProviderDeps => ({
    account,
    endpoints: account.isDemo
      ? everyHostAt(providerFor(account.marketplace), demo.origin(account.marketplace))
      : (config.endpoints[account.marketplace] ?? {}),
    secret: async (key) => {
      if (account.isDemo) return demo.secret(account.marketplace, key)
      const value = await vault.get(secretRef(account.id, key))
      if (!value) throw new SferaError('auth_failed', 'Для кабинета не задан ключ доступа: укажите его в Настройках', { reason: 'secret_missing', field: key })
      return value
    },
    field: (key) => (account.isDemo ? demo.field(account.marketplace, key) : accountFieldValues(account)[key]),
    http,
    budgets,
    now: Date.now
  })

  const sync = new SyncEngine({
    mirror,
    pageWriter,
    events,
    log,
    jobFor: (account, resource) => providerFor(account.marketplace).createSyncJob(resource, providerDeps(account)),
    resourcesOf: (account) => providerFor(account.marketplace).resources
  })
  const interrupted = sync.recoverInterruptedRuns()
  if (interrupted > 0) log.warn('sync runs were interrupted by the previous exit', { runs: interrupted })

  for (const marketplace of new Set(listAccounts(mirror.db).filter((a) => a.isDemo).map((a) => a.marketplace))) await demo.start(marketplace)
  const scheduler = new SyncScheduler({ settings: config.settings, syncAll: () => sync.startAll() })
  const accounts = new AccountsService({ mirror, vault, sync, providerDeps, startDemo: (marketplace) => demo.start(marketplace) })

  const datasets = sqliteDatasets(mirror)
  const dispatch = createDispatcher(
    {
      ...appHandlers({
        shell: config.shell,
        version: config.version,
        dataDir: config.dataDir,
        cipher: config.cipher,
        settings: config.settings,
        ...(config.openExternal ? { openExternal: config.openExternal } : {})
      }),
      ...accountsHandlers(accounts),
      ...productsHandlers(datasets.products),
      ...stocksHandlers(datasets.stocks),
      ...ordersHandlers(datasets.orders),
      ...salesHandlers(datasets.sales),
      ...suppliesHandlers(datasets, new SuppliesService({ mirror, accounts, providerDeps })),
      ...fbsPostingsHandlers(datasets.postings, new FbsPostingsService({ mirror, accounts, providerDeps, dataDir: config.dataDir })),
      ...syncHandlers(sync, accounts, scheduler)
    },
    events,
    log
  )

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    async close() {
      scheduler.close()
      await sync.close()
      await pageWriter.close()
      events.close()
      await demo.close()
      await http.close?.()
      mirror.close()
    }
  }
}
