import { randomUUID } from 'node:crypto'
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
import type { Provider, ProviderDeps } from '../main/providers/provider'
import { SyncEngine } from '../main/sync/engine'
import { startPageWriter } from '../main/sync/page-writer/page-writer'
import { sourceWorkers } from './source-workers'
import { migrationsDir, tempDataDir } from './temp'

/** A request the provider made, and what came of it. */
export interface RecordedRequest {
  method: string
  /** Path only; a sandbox serves every host of its marketplace on one origin. */
  path: string
  query: Record<string, string | number | boolean | undefined>
  json: unknown
  /** The parsed 2xx body, or the error thrown. */
  outcome: { body: unknown } | { error: unknown }
}

/**
 * A temp mirror and the real sync engine running one provider's jobs against a sandbox, for tests: one cabinet,
 * stored as the app stores it, whose every request is recorded.
 */
export interface ProviderTestBench {
  mirror: Mirror
  account: AccountRecord
  deps: ProviderDeps
  /** Every request the provider made, in order. */
  requests: RecordedRequest[]
  /** Makes the provider's next matching request fail with `error` before it reaches the sandbox. */
  failNext(match: (req: HttpRequest) => boolean, error: Error): void
  /**
   * Rewrites the parsed body of every matching 2xx answer before the provider reads it, as if the marketplace had
   * sent that instead (the recorded request holds what the provider got). Returns a function that stops it.
   */
  rewriteAnswers(match: (req: HttpRequest) => boolean, rewrite: (body: unknown) => unknown): () => void
  /** Syncs the resources to the end; the newest run of each. */
  sync(resources: readonly SyncResource[]): Promise<Map<SyncResource, SyncRunSummary>>
  /**
   * Starts a sync and cancels it once `afterCommits` pages are committed, as a seller (or a crash) would stop it
   * part-way: at a point of progress, so the stop lands mid-sync on any machine.
   */
  interruptedSync(resources: readonly SyncResource[], afterCommits: number): Promise<void>
  /** Moves the provider's clock, as the next sync of a cabinet happens later. */
  setNow(epochMs: number): void
  rows<T>(sql: string, ...params: unknown[]): T[]
  count(table: string): number
  close(): Promise<void>
}

export interface ProviderTestBenchOptions {
  provider: Provider
  /** The sandbox's origin, where every host of the provider points. */
  origin: string
  /** The cabinet's own columns; the bench gives it an id, a name and its times. */
  account: Pick<AccountRecord, 'fieldsJson' | 'tokenExpiresAt' | 'tokenCategoriesJson' | 'tokenKind'> & { name: string }
  secret: ProviderDeps['secret']
  field: ProviderDeps['field']
  /** By default the marketplace's limits hold (the app waits its turn) but time jumps over the waits. */
  budgets?: RateBudgets
  /** The provider's clock (ms since the epoch), fixed until setNow moves it; now by default. */
  now?: number
  /** What else closes with the bench (the sandbox it started). */
  onClose?: () => Promise<void>
}

export async function startProviderTestBench(options: ProviderTestBenchOptions): Promise<ProviderTestBench> {
  const { provider } = options
  let providerNow = options.now ?? Date.now()
  const temp = tempDataDir()
  const mirror = openMirror({ dataDir: temp.dir, migrationsDir })
  const at = new Date().toISOString()
  const account: AccountRecord = { ...options.account, id: randomUUID(), marketplace: provider.marketplace, isDemo: false, createdAt: at, updatedAt: at }
  insertAccount(mirror.db, account)
  const inner: HttpClient = createHttpClient()
  const requests: RecordedRequest[] = []
  const failures: Array<{ match: (req: HttpRequest) => boolean; error: Error }> = []
  const rewrites: Array<{ match: (req: HttpRequest) => boolean; rewrite: (body: unknown) => unknown }> = []
  const http: HttpClient = {
    async request<T>(req: HttpRequest) {
      const record = { method: req.method, path: new URL(req.url).pathname, query: req.query ?? {}, json: req.json }
      const failure = failures.find((f) => f.match(req))
      if (failure) {
        failures.splice(failures.indexOf(failure), 1)
        requests.push({ ...record, outcome: { error: failure.error } })
        throw failure.error
      }
      try {
        const response = rewrittenAnswer(await inner.request<T>(req), rewrites.filter((r) => r.match(req)).map((r) => r.rewrite))
        requests.push({ ...record, outcome: { body: parsedBody(response.body) } })
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
    endpoints: everyHostAt(provider, options.origin),
    secret: options.secret,
    field: options.field,
    http,
    // A test never sleeps out a limit of a minute.
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
    jobFor: (_account, resource) => provider.createSyncJob(resource, deps),
    resourcesOf: () => provider.resources
  })
  return {
    mirror,
    account,
    deps,
    requests,
    failNext: (match, error) => failures.push({ match, error }),
    rewriteAnswers(match, rewrite) {
      const entry = { match, rewrite }
      rewrites.push(entry)
      return () => {
        const at = rewrites.indexOf(entry)
        if (at >= 0) rewrites.splice(at, 1)
      }
    },
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
      await options.onClose?.()
      temp.cleanup()
    }
  }
}

/** The answer with its body passed through `rewrites`; a body that came as bytes goes back as bytes. */
function rewrittenAnswer<R extends { body: unknown }>(response: R, rewrites: ReadonlyArray<(body: unknown) => unknown>): R {
  if (rewrites.length === 0) return response
  const body = rewrites.reduce((current, rewrite) => rewrite(current), parsedBody(response.body))
  return { ...response, body: Buffer.isBuffer(response.body) ? Buffer.from(JSON.stringify(body), 'utf8') : body }
}

/** Large arrays reach the provider as bytes (expect: 'bytes'); tests compare what they hold. A PDF stays bytes. */
function parsedBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body) || body.subarray(0, 4).toString('latin1') === '%PDF') return body
  return JSON.parse(body.toString('utf8')) as unknown
}
