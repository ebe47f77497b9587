/**
 * `npm run bench`: how fast the app's real sync path fills the mirror next to what SQLite alone can do, whether
 * memory stays flat over a million rows, whether the app keeps to WB's limits without wasting time, and how fast
 * the lists read at that size. Prints tables, writes bench/results/latest.json and latest.md, and exits 1 when a
 * check fails. See README.md, "Benchmarks".
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { startAppCore } from '../src/test-support/app-core'
import { endpointsFromEnv } from '../src/main/endpoints'
import { measureIngest, MIN_INGEST_RATIO, ozonIngest, wbIngest, type IngestResult } from './ingest'
import { MEMORY_ALLOWANCE_MB, MEMORY_RATIO, watchMemory, type MemoryResult } from './memory'
import { measureOzonPacing } from './ozon-pacing'
import { MAX_PACING_RATIO, measurePacing, type PacingResult } from './pacing'
import { measureQueries, meetsGoal, type QueryTiming } from './queries'
import { fixed, integer, markdownTable, textTable, verdict, type Table } from './report'
import { startSandboxCli } from './sandbox-process'

const CARDS = 100_000
const ORDERS = 1_000_000
const SALES = 1_000_000
const OZON_PRODUCTS = 100_000
/** 60% FBS (pages of 100), 40% FBO (pages of 1000); a posting has one to three lines. */
const OZON_POSTINGS = 200_000
/** A word in a few percent of the sandbox's card titles. */
const PRODUCT_SEARCH = 'футболка'
/**
 * The sandbox's limits are off for the ingest; the app's own budgets cannot be, so they are scaled down until
 * they never make a request wait. Pacing is part (c).
 */
const UNPACED_SCALE = 1e-6
const resultsDir = join(__dirname, 'results')
const began = performance.now()

interface BenchResults {
  startedAt: string
  durationMs: number
  machine: { node: string; cpus: number; cpuModel: string }
  ingest: IngestResult[]
  memory: MemoryResult
  pacing: PacingResult[]
  queries: QueryTiming[]
  pass: boolean
}

async function main(): Promise<void> {
  const startedAt = new Date()
  log(
    `sandbox: WB ${integer(CARDS)} cards, ${integer(ORDERS)} orders, ${integer(SALES)} sales; ` +
      `Ozon ${integer(OZON_PRODUCTS)} products, ${integer(OZON_POSTINGS)} postings; limits off (child process)`
  )
  const sandbox = await startSandboxCli([
    '--no-rate-limits',
    '--serialise',
    '--cards', String(CARDS),
    '--orders', String(ORDERS),
    '--sales', String(SALES),
    '--products', String(OZON_PRODUCTS),
    '--postings', String(OZON_POSTINGS)
  ])
  const ozon = sandbox.ozon
  if (!ozon) throw new Error('the sandbox CLI started no Ozon sandbox')
  let ingest: IngestResult[]
  let memory: MemoryResult
  let queries: QueryTiming[]
  try {
    const endpoints = endpointsFromEnv({ SFERA_WB_URL: sandbox.url, SFERA_OZON_URL: ozon.url })
    const app = await startAppCore({ endpoints, rateLimitScale: UNPACED_SCALE })
    try {
      const accountId = await app.createCabinet(sandbox.token)
      log('(a) WB products')
      const products = await measureIngest(app, accountId, wbIngest.products)
      logIngest(products)
      log('(a, b) WB orders, sampling RSS')
      const memoryWatch = watchMemory()
      const orders = await measureIngest(app, accountId, wbIngest.orders, memoryWatch)
      memory = memoryWatch.result()
      logIngest(orders)
      log('(a) WB sales')
      const sales = await measureIngest(app, accountId, wbIngest.sales)
      logIngest(sales)
      const ozonAccount = await app.call('accounts.create', {
        marketplace: 'ozon',
        name: 'Магазин на Ozon',
        fields: { clientId: ozon.clientId, apiKey: ozon.apiKey }
      })
      log('(a) Ozon products')
      const ozonProducts = await measureIngest(app, ozonAccount.id, ozonIngest.products)
      logIngest(ozonProducts)
      log('(a) Ozon orders')
      const ozonOrders = await measureIngest(app, ozonAccount.id, ozonIngest.orders)
      logIngest(ozonOrders)
      ingest = [products, orders, sales, ozonProducts, ozonOrders]
      log('(d) queries')
      queries = await measureQueries(app, PRODUCT_SEARCH)
    } finally {
      await app.close()
    }
  } finally {
    await sandbox.stop()
  }
  log('(c) pacing against scaled limits')
  const pacing = [...(await measurePacing()), await measureOzonPacing()]

  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - began,
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' },
    ingest,
    memory,
    pacing,
    queries,
    pass: ingest.every((r) => r.pass) && memory.pass && pacing.every((r) => r.pass) && queries.every(meetsGoal)
  }
  const tables = [ingestTable(ingest), memoryTable(memory), pacingTable(pacing), queriesTable(queries)]
  const summary = `Overall: ${verdict(results.pass)} (${fixed(results.durationMs / 1000, 0)} s, Node ${process.version}, ${results.machine.cpus} CPUs)`
  process.stdout.write(`\n${tables.map(textTable).join('\n\n')}\n\n${summary}\n`)
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(resultsDir, 'latest.md'), `# Benchmark, ${results.startedAt}\n\n${tables.map(markdownTable).join('\n\n')}\n\n${summary}\n`)
  process.exitCode = results.pass ? 0 : 1
}

function ingestTable(results: readonly IngestResult[]): Table {
  return {
    title: `(a) Ingest: app sync path vs raw INSERT ceiling (ratio >= ${MIN_INGEST_RATIO})`,
    headers: ['resource', 'rows', 'requests', 'app s', 'app rows/s', 'ceiling s', 'ceiling rows/s', 'app/ceiling', 'result'],
    rows: results.map((r) => [
      r.name,
      Object.entries(r.rowsByTable).map(([table, rows]) => `${integer(rows)} ${table}`).join(' + '),
      integer(r.requests),
      fixed(r.appMs / 1000, 1),
      integer(r.appRowsPerSecond),
      fixed(r.ceilingMs / 1000, 1),
      integer(r.ceilingRowsPerSecond),
      fixed(r.ratio, 2),
      r.status === 'succeeded' ? verdict(r.pass) : `FAIL (sync ${r.status}: ${r.error ?? ''})`
    ]),
    notes: ['Rows/s count the first table; the ceiling inserts every table the resource writes.']
  }
}

function memoryTable(memory: MemoryResult): Table {
  const mb = (value: number | null) => (value === null ? 'n/a' : integer(value))
  return {
    title: `(b) RSS during the 1,000,000-order sync (peak <= ${MEMORY_RATIO} x peak to 100k rows + ${MEMORY_ALLOWANCE_MB} MB)`,
    headers: ['peak to 100k rows MB', 'peak RSS MB', 'peak/peak to 100k', 'limit MB', 'result'],
    rows: [[mb(memory.peakTo100kMb), mb(memory.peakRssMb), memory.ratio === null ? 'n/a' : fixed(memory.ratio, 2), mb(memory.limitMb), verdict(memory.pass)]],
    notes: [
      `RSS at 100k rows: ${mb(memory.rssAt100kMb)} MB. RSS MB after each page (rows): ` +
        memory.byPage.map((p) => `${integer(p.rows / 1000)}k ${integer(p.rssMb)}`).join(', ')
    ]
  }
}

function pacingTable(results: readonly PacingResult[]): Table {
  return {
    title: `(c) Pacing against the sandboxes' scaled WB and Ozon limits (span/minimum <= ${MAX_PACING_RATIO}, no 429)`,
    headers: ['group', 'scale', 'requests', 'burst', 'interval ms', 'span ms', 'minimum ms', 'span/min', '429s', 'result'],
    rows: results.map((r) => [
      r.group,
      String(r.rateLimitScale),
      integer(r.requests),
      integer(r.burst),
      integer(r.intervalMs),
      integer(r.spanMs),
      integer(r.minimumMs),
      r.ratio === null ? 'within burst' : fixed(r.ratio, 2),
      integer(r.tooManyRequests),
      r.syncFailures.length > 0 ? `FAIL (${r.syncFailures.join('; ')})` : verdict(r.pass)
    ]),
    notes: ['Minimum: (requests - burst) x scaled interval; span: first to last request as a proxy between core and sandbox saw them.']
  }
}

function queriesTable(timings: readonly QueryTiming[]): Table {
  return {
    title: '(d) List latency through core.dispatch over the mirror from (a), first page of 50 (goals: issue 8)',
    headers: ['query', 'matching rows', 'first ms', 'median ms', 'goal ms', 'verdict'],
    rows: timings.map((t) => [
      t.name,
      integer(t.total),
      fixed(t.firstMs, 1),
      fixed(t.medianMs, 1),
      t.goalMs === null ? '—' : String(t.goalMs),
      t.goalMs === null ? '—' : verdict(meetsGoal(t))
    ])
  }
}

function logIngest(result: IngestResult): void {
  log(`${result.name}: sync ${fixed(result.appMs / 1000, 1)} s, ceiling ${fixed(result.ceilingMs / 1000, 1)} s`)
}

function log(message: string): void {
  process.stderr.write(`[bench ${fixed((performance.now() - began) / 1000, 0).padStart(3)} s] ${message}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
