import type { SyncResource } from '../shared/domain/marketplace'
import type { SyncProgress, SyncRunSummary } from '../shared/domain/sync'
import { SferaError } from '../shared/domain/errors'
import type { CallInput, CallName, CallOutput } from '../shared/ipc'
import type { Endpoints } from '../main/core-types'
import { endpointsFromEnv } from '../main/endpoints'
import { tempDataDir } from './temp'
import { createTestCore } from './test-core'

export interface AppCore {
  dataDir: string
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>
  /** Creates a WB cabinet with the token and returns its id. */
  createCabinet(token: string): Promise<string>
  /** Syncs every resource of the cabinet and returns each one's last run. */
  syncAll(accountId: string): Promise<SyncRunSummary[]>
  /** Syncs one resource to the end; `onProgress` sees every progress event of the run. */
  syncResource(accountId: string, resource: SyncResource, onProgress?: (progress: SyncProgress) => void): Promise<SyncOutcome>
  close(): Promise<void>
}

export interface SyncOutcome {
  status: SyncProgress['status']
  /** From sync.start to the run's last progress event. */
  wallMs: number
  /** HTTP attempts, retries included. */
  requests: number
  /** "code: message" of a run that did not succeed. */
  error: string | null
}

export function wbEndpoints(url: string): Endpoints {
  return endpointsFromEnv({ SFERA_WB_URL: url })
}

/**
 * A real core, built the way the browser host builds it, on a temp data folder, against any WB endpoints (a
 * sandbox, or Prism proxies in front of one) and with its rate budgets scaled like the sandbox's.
 */
export async function startAppCore(options: { endpoints: Endpoints; rateLimitScale?: number }): Promise<AppCore> {
  const temp = tempDataDir()
  const core = await createTestCore({
    dataDir: temp.dir,
    endpoints: options.endpoints,
    ...(options.rateLimitScale === undefined ? {} : { rateLimitScale: options.rateLimitScale })
  })
  const progressListeners = new Set<(progress: SyncProgress) => void>()
  core.subscribe((name, payload) => {
    if (name !== 'sync.progress') return
    for (const listener of progressListeners) listener(payload as SyncProgress)
  })

  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await core.dispatch(name, input)
    if (!result.ok) throw SferaError.fromPayload(result.error)
    return result.value as CallOutput<K>
  }

  async function waitUntilIdle(accountId: string): Promise<SyncRunSummary[]> {
    for (;;) {
      const status = (await call('sync.status', {})).find((s) => s.accountId === accountId)
      if (!status?.running) return status?.lastRuns ?? []
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }

  return {
    dataDir: temp.dir,
    call,
    async createCabinet(token) {
      const account = await call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', fields: { token } })
      return account.id
    },
    async syncAll(accountId) {
      const { started } = await call('sync.start', { accountId })
      if (!started) throw new Error(`a sync of cabinet ${accountId} is already running`)
      return waitUntilIdle(accountId)
    },
    async syncResource(accountId, resource, onProgress) {
      let finish: (final: SyncProgress) => void = () => {}
      const finished = new Promise<SyncProgress>((resolve) => {
        finish = resolve
      })
      const listener = (progress: SyncProgress) => {
        if (progress.accountId !== accountId || progress.resource !== resource) return
        onProgress?.(progress)
        if (progress.status !== 'running') finish(progress)
      }
      progressListeners.add(listener)
      try {
        const startedAt = performance.now()
        const { started } = await call('sync.start', { accountId, resources: [resource] })
        if (!started) throw new Error(`a sync of cabinet ${accountId} is already running`)
        const final = await finished
        const wallMs = performance.now() - startedAt
        await waitUntilIdle(accountId)
        return {
          status: final.status,
          wallMs,
          requests: final.requests,
          error: final.error ? `${final.error.code}: ${final.error.message}` : null
        }
      } finally {
        progressListeners.delete(listener)
      }
    },
    async close() {
      await core.close()
      temp.cleanup()
    }
  }
}
