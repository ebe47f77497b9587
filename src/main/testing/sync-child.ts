/**
 * A whole app core in its own process, syncing every resource of one cabinet to the end:
 * `tsx src/main/testing/sync-child.ts <dataDir> <wbUrl> <token>`. The resume test kills it at random.
 */
import { SferaError } from '../../shared/domain/errors'
import { createCore } from '../core'
import { endpointsFromEnv } from '../endpoints'
import { silentLogger } from '../log'
import { createKeyFileCipher } from '../vault/key-file-cipher'
import { openNodeStores } from '../vault/stores'
import { migrationsDir } from './temp'
import { sourceWorkers } from './source-workers'

async function main(): Promise<void> {
  const [dataDir, wbUrl, token] = process.argv.slice(2)
  if (!dataDir || !wbUrl || !token) throw new Error('usage: sync-child <dataDir> <wbUrl> <token>')
  const stores = openNodeStores(dataDir)
  const core = await createCore({
    dataDir,
    shell: 'browser',
    version: '0.0.0-test',
    cipher: createKeyFileCipher(dataDir),
    settings: stores.settings,
    secrets: stores.secrets,
    endpoints: endpointsFromEnv({ SFERA_WB_URL: wbUrl }),
    migrationsDir,
    launchWorker: sourceWorkers,
    // The sandbox runs without limits; the app's own budgets are scaled so a whole sync takes seconds.
    rateLimitScale: 0.001,
    log: silentLogger
  })
  const call = async (name: string, input: unknown) => {
    const result = await core.dispatch(name, input)
    if (!result.ok) throw SferaError.fromPayload(result.error)
    return result.value as never
  }
  const accounts: Array<{ id: string }> = await call('accounts.list', {})
  const account = accounts[0] ?? (await call('accounts.create', { marketplace: 'wildberries', name: 'Магазин', token }))
  await call('sync.start', { accountId: account.id })
  process.stdout.write('syncing\n')
  for (;;) {
    const statuses: Array<{ accountId: string; running: boolean; lastRuns: Array<{ resource: string; status: string }> }> =
      await call('sync.status', {})
    const status = statuses.find((s) => s.accountId === account.id)
    if (status && !status.running) {
      process.stdout.write(`${JSON.stringify(status.lastRuns.map((r) => [r.resource, r.status]))}\n`)
      break
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  await core.close()
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
