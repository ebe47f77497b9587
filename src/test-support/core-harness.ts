import { startWbSandbox, type WbSandbox } from '../sandbox/wildberries'
import type { CallName, CallInput, CallOutput } from '../shared/ipc'
import { SferaError } from '../shared/domain/errors'
import { endpointsFromEnv } from '../main/endpoints'
import type { Core, EventListener } from '../main/core-types'
import { tempDataDir } from './temp'
import { createTestCore } from './test-core'


export interface CoreHarness {
  core: Core
  sandbox: WbSandbox
  dataDir: string
  events: Array<Parameters<EventListener>>
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>
  close(): Promise<void>
}

/** A real core on a temp data folder, talking to a real sandbox on a loopback port. */
export async function startCoreHarness(options: { sandbox?: Parameters<typeof startWbSandbox>[0]; dataDir?: string } = {}): Promise<CoreHarness> {
  const temp = options.dataDir ? null : tempDataDir()
  const dataDir = options.dataDir ?? temp!.dir
  const sandbox = await startWbSandbox({ port: 0, ...options.sandbox })
  const core = await createTestCore({ dataDir, endpoints: endpointsFromEnv({ SFERA_WB_URL: sandbox.url }) })
  const events: Array<Parameters<EventListener>> = []
  core.subscribe((name, payload) => events.push([name, payload] as Parameters<EventListener>))
  return {
    core,
    sandbox,
    dataDir,
    events,
    async call(name, input) {
      const result = await core.dispatch(name, input)
      if (!result.ok) throw SferaError.fromPayload(result.error)
      return result.value as never
    },
    async close() {
      await core.close()
      await sandbox.close()
      temp?.cleanup()
    }
  }
}
