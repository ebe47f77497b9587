import { afterAll, describe, expect, it } from 'vitest'
import { fixtureTrees, runRepoScript } from '../src/test-support/script-run'

const fixtures = fixtureTrees('sfera-boundaries-')
const fixture = fixtures.tree
const check = (dir: string) => runRepoScript('scripts/import-boundaries.mjs', dir)

afterAll(() => fixtures.cleanup())

/** A tree that keeps every line: each case below breaks one. */
const sound: Record<string, string> = {
  'src/shared/ipc/index.ts': 'export const calls = {}\n',
  'src/renderer/src/App.tsx': "import { calls } from '../../shared/ipc'\nexport const app = calls\n",
  'src/main/providers/ozon/index.ts': "import { get } from '../../http/client'\nexport const ozon = get\n",
  // A package, the mirror's pure helpers and the account record's type are a provider's to import.
  'src/main/providers/ozon/client.ts':
    "import { z } from 'zod'\nimport { upsert } from '../../db/upsert'\nimport type { AccountRecord } from '../../db/queries/accounts'\nexport const client = [z, upsert]\nexport type Account = AccountRecord\n",
  'src/main/providers/wildberries/index.ts': "import { client } from './client'\nexport const wb = client\n",
  'src/main/providers/wildberries/client.ts': 'export const client = 2\n',
  'src/main/providers/index.ts': "import { wb } from './wildberries'\nimport { ozon } from './ozon/index'\nexport const all = [wb, ozon]\n",
  'src/main/http/client.ts': 'export const get = 3\n',
  'src/main/ipc/products.ts': "import type { ProductsDataset } from '../db/datasets'\nexport const handlers = (products: ProductsDataset) => ({ list: products })\n",
  'src/main/db/datasets.ts': "import { listProducts } from './queries/products'\nexport type ProductsDataset = typeof listProducts\n",
  'src/main/db/upsert.ts': 'export const upsert = 5\n',
  'src/main/db/queries/accounts.ts': "export type AccountRecord = { id: string }\nexport const listAccounts = (db: { prepare(s: string): unknown }) => db.prepare('SELECT * FROM accounts')\n",
  'src/main/db/queries/products.ts': "export const listProducts = (db: { prepare(s: string): unknown }) => db.prepare('SELECT * FROM products')\n",
  'src/main/host/cli.ts': "export const start = async () => (await import('../../sandbox/wildberries')).startWbSandbox\n",
  'src/sandbox/wildberries/index.ts': 'export const startWbSandbox = 4\n',
  'src/main/db/queries/products.test.ts': "import { startWbSandbox } from '../../../sandbox/wildberries'\nexport const t = startWbSandbox\n"
}

describe.concurrent('import-boundary check', () => {
  it('passes a tree that keeps every line', async () => {
    const result = await check(fixture(sound))
    expect(result.output).toContain('Import boundaries: passed')
    expect(result.code).toBe(0)
  })

  const breaks: Array<[string, Record<string, string>, string]> = [
    ['a provider imports another', { 'src/main/providers/ozon/client.ts': "import { client } from '../wildberries/client'\nexport const c = client\n" }, 'provider-alone src/main/providers/ozon/client.ts -> src/main/providers/wildberries/client.ts'],
    ['a provider imports better-sqlite3', { 'src/main/providers/ozon/client.ts': "import type Database from 'better-sqlite3'\nexport type Connection = Database.Database\n" }, 'providers-get-no-connection src/main/providers/ozon/client.ts -> better-sqlite3'],
    ["a provider runs the mirror's queries", { 'src/main/providers/ozon/client.ts': "import { listAccounts } from '../../db/queries/accounts'\nexport const c = listAccounts\n" }, 'providers-get-no-connection src/main/providers/ozon/client.ts -> src/main/db/queries/accounts.ts'],
    ['code outside a provider names its internals', { 'src/main/services/supplies.ts': "import { client } from '../providers/wildberries/client'\nexport const s = client\n" }, 'provider-internals src/main/services/supplies.ts -> src/main/providers/wildberries/client.ts'],
    ['the renderer imports main', { 'src/renderer/src/Bad.tsx': "import { get } from '../../main/http/client'\nexport const b = get\n" }, 'renderer-alone src/renderer/src/Bad.tsx -> src/main/http/client.ts'],
    ['main imports the renderer', { 'src/main/core.ts': "import { app } from '../renderer/src/App'\nexport const c = app\n" }, 'main-ships-no-fakes src/main/core.ts -> src/renderer/src/App.tsx'],
    ['main imports the sandbox statically', { 'src/main/services/demo.ts': "import { startWbSandbox } from '../../sandbox/wildberries'\nexport const d = startWbSandbox\n" }, 'main-ships-no-fakes src/main/services/demo.ts -> src/sandbox/wildberries/index.ts'],
    ['the sandbox imports main', { 'src/sandbox/wildberries/cards.ts': "import { get } from '../../main/http/client'\nexport const c = get\n" }, 'sandbox-is-outside src/sandbox/wildberries/cards.ts -> src/main/http/client.ts'],
    ['a handler reads a query instead of its dataset', { 'src/main/ipc/products.ts': "import { listProducts } from '../db/queries/products'\nexport const h = listProducts\n" }, 'handlers-read-datasets src/main/ipc/products.ts -> src/main/db/queries/products.ts'],
    ['a handler holds SQL', { 'src/main/ipc/orders.ts': "export const h = (db: { prepare(s: string): unknown }) => db.prepare(`SELECT id FROM orders`)\n" }, 'handlers-hold-no-sql src/main/ipc/orders.ts'],
    ['production code imports a test helper', { 'src/main/core.ts': "import { t } from './db/queries/products.test'\nexport const c = t\n" }, 'tests-stay-out src/main/core.ts -> src/main/db/queries/products.test.ts']
  ]
  for (const [what, files, finding] of breaks) {
    it(`fails when ${what}, naming the import`, async () => {
      const result = await check(fixture({ ...sound, ...files }))
      expect(result.code).toBe(1)
      expect(result.output).toContain(finding)
    })
  }

  it('accepts a listed debt and fails once it is paid but still listed', async () => {
    const debt = 'provider-internals src/main/services/supplies.ts -> src/main/providers/wildberries/client.ts'
    const owing = { ...sound, 'src/main/services/supplies.ts': "import { client } from '../providers/wildberries/client'\nexport const s = client\n", 'scripts/import-boundaries.debts.json': JSON.stringify([debt]) }
    expect(await check(fixture(owing))).toMatchObject({ code: 0 })
    const paid = { ...sound, 'scripts/import-boundaries.debts.json': JSON.stringify([debt]) }
    const result = await check(fixture(paid))
    expect(result.code).toBe(1)
    expect(result.output).toContain(`a known debt no longer occurs, strike it from scripts/import-boundaries.debts.json: ${debt}`)
  })
})
