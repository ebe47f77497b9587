import { randomUUID } from 'node:crypto'
import { startOzonSandbox, type OzonSandbox, type OzonSandboxOptions } from '../sandbox/ozon'
import type { SyncResource } from '../shared/domain/marketplace'
import type { SyncRunSummary } from '../shared/domain/sync'
import type { EventPayload } from '../shared/ipc'
import { mirrorFile, openMirror, type Mirror } from '../main/db/open'
import { insertAccount, type AccountRecord } from '../main/db/queries/accounts'
import { latestRuns } from '../main/db/queries/sync-runs'
import { everyHostAt } from '../main/endpoints'
import { EventHub } from '../main/events'
import { createHttpClient, FakeClock, RateBudgets, type HttpClient, type HttpRequest } from '../main/http'
import { silentLogger } from '../main/log'
import { ozonProvider } from '../main/providers/ozon'
import type { ProviderDeps } from '../main/providers/provider'
import { SyncEngine } from '../main/sync/engine'
import { startPageWriter } from '../main/sync/page-writer/page-writer'
import { sourceWorkers } from './source-workers'
import { migrationsDir, tempDataDir } from './temp'

/** A request the provider made: its path and body, and what came of it. */
export interface OzonRecordedRequest {
  path: string
  json: unknown
  /** The parsed 2xx body, or the error thrown. */
  outcome: { body: unknown } | { error: unknown }
}

/**
 * The Ozon sandbox, a temp mirror and the real sync engine running the Ozon provider's jobs, for tests: one cabinet
 * whose Client-Id and key are inspected and stored like the app does.
 */
export interface OzonTestBench {
  sandbox: OzonSandbox
  mirror: Mirror
  account: AccountRecord
  deps: ProviderDeps
  /** Every request the provider made, in order. */
  requests: OzonRecordedRequest[]
  /** Syncs the resources to the end; the newest run of each. */
  sync(resources: readonly SyncResource[]): Promise<Map<SyncResource, SyncRunSummary>>
  /** Starts a sync and cancels it once `afterCommits` pages are committed, as a seller (or a crash) would stop it. */
  interruptedSync(resources: readonly SyncResource[], afterCommits: number): Promise<void>
  /** Moves the provider's clock, as the next sync of a cabinet happens later. */
  setNow(epochMs: number): void
  rows<T>(sql: string, ...params: unknown[]): T[]
  count(table: string): number
  close(): Promise<void>
}

export async function startOzonTestBench(
  options: {
    sandbox?: OzonSandboxOptions
    /** A sandbox the test owns, shared by several benches (the bench does not close it). */
    sharedSandbox?: OzonSandbox
    /** The provider's clock (ms since the epoch), fixed until setNow moves it; now by default. */
    now?: number
    /** Budgets on real time, to hold Ozon's limit against a sandbox that enforces it; by default waits are skipped. */
    budgets?: RateBudgets
  } = {}
): Promise<OzonTestBench> {
  let providerNow = options.now ?? Date.now()
  const sandbox = options.sharedSandbox ?? (await startOzonSandbox({ rateLimits: false, ...options.sandbox }))
  const temp = tempDataDir()
  const mirror = openMirror({ dataDir: temp.dir, migrationsDir })
  const fields = { clientId: sandbox.clientId, apiKey: sandbox.apiKey }
  ozonProvider.inspectFields(fields)
  const at = new Date().toISOString()
  const account: AccountRecord = {
    id: randomUUID(),
    marketplace: 'ozon',
    name: 'Тестовый магазин Ozon',
    isDemo: false,
    fieldsJson: JSON.stringify({ clientId: fields.clientId }),
    tokenExpiresAt: null,
    tokenCategoriesJson: null,
    tokenKind: null,
    createdAt: at,
    updatedAt: at
  }
  insertAccount(mirror.db, account)
  const inner: HttpClient = createHttpClient()
  const requests: OzonRecordedRequest[] = []
  const http: HttpClient = {
    async request<T>(req: HttpRequest) {
      const record = { path: new URL(req.url).pathname, json: req.json }
      try {
        const response = await inner.request<T>(req)
        requests.push({ ...record, outcome: { body: response.body } })
        return response
      } catch (error) {
        requests.push({ ...record, outcome: { error } })
        throw error
      }
    },
    close: () => inner.close()
  }
  const deps: ProviderDeps = {
    account,
    endpoints: everyHostAt(ozonProvider, sandbox.url),
    secret: async (key) => {
      if (key !== 'apiKey') throw new Error(`Ozon has no secret ${key}`)
      return fields.apiKey
    },
    field: (key) => (key === 'clientId' ? fields.clientId : undefined),
    http,
    // Ozon's limit holds (the app waits its turn) but time jumps over the waits.
    budgets: options.budgets ?? new RateBudgets(new FakeClock(Date.now(), { autoAdvance: true })),
    now: () => providerNow
  }
  const events = new EventHub()
  const pageWriter = startPageWriter(sourceWorkers, { file: mirrorFile({ dataDir: temp.dir }) })
  const engine = new SyncEngine({
    mirror,
    pageWriter,
    events,
    log: silentLogger,
    jobFor: (_account, resource) => ozonProvider.createSyncJob(resource, deps),
    resourcesOf: () => ozonProvider.resources
  })
  return {
    sandbox,
    mirror,
    account,
    deps,
    requests,
    async sync(resources) {
      engine.start(account, resources)
      await engine.whenIdle(account.id)
      const runs = latestRuns(mirror.db, [account.id]).get(account.id) ?? []
      return new Map(runs.filter((r) => resources.includes(r.resource)).map((r) => [r.resource, r]))
    },
    async interruptedSync(resources, afterCommits) {
      const pagesByRun = new Map<number, number>()
      let commits = 0
      const unsubscribe = events.subscribe((name, payload) => {
        if (name !== 'sync.progress') return
        const { runId, pages } = payload as EventPayload<'sync.progress'>
        commits += pages - (pagesByRun.get(runId) ?? 0)
        pagesByRun.set(runId, pages)
        if (commits >= afterCommits) engine.cancel(account.id)
      })
      engine.start(account, resources)
      await engine.whenIdle(account.id)
      unsubscribe()
    },
    setNow: (epochMs) => {
      providerNow = epochMs
    },
    rows: <T>(sql: string, ...params: unknown[]) => mirror.sqlite.prepare(sql).all(...params) as T[],
    count: (table) => (mirror.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    async close() {
      await engine.close()
      await pageWriter.close()
      events.close()
      await http.close()
      mirror.close()
      if (!options.sharedSandbox) await sandbox.close()
      temp.cleanup()
    }
  }
}
