import type { SyncResource } from '../src/shared/domain/marketplace'
import type { SyncProgress } from '../src/shared/domain/sync'
import type { AppCore } from '../src/test-support/app-core'
import { measureCeiling, openMirrorReader } from './ceiling'

/** What part (a) syncs, and the tables each resource writes; rows/s count the first table's rows. */
export const ingestTables = {
  products: ['products', 'wb_product_details', 'offers'],
  orders: ['orders', 'wb_order_details'],
  sales: ['sales', 'wb_sale_details']
} as const satisfies Partial<Record<SyncResource, readonly string[]>>

export type IngestResource = keyof typeof ingestTables

export const MIN_INGEST_RATIO = 0.7

export interface IngestResult {
  resource: IngestResource
  status: string
  error: string | null
  /** HTTP attempts, retries included. */
  requests: number
  /** Distinct rows in the mirror afterwards (a statistics page repeats the last group of the page before). */
  rows: number
  /** Rows of every table the resource writes (cards, their WB details and their sizes). */
  rowsByTable: Record<string, number>
  appMs: number
  appRowsPerSecond: number
  ceilingMs: number
  ceilingRowsPerSecond: number
  ratio: number
  pass: boolean
}

/** Watches a sync while it runs (and not the ceiling measurement after it). */
export interface SyncObserver {
  onProgress(progress: SyncProgress): void
  onEnd(): void
}

/** Syncs one resource through the real core, then inserts exactly the rows it wrote raw into a fresh mirror. */
export async function measureIngest(app: AppCore, accountId: string, resource: IngestResource, observer?: SyncObserver): Promise<IngestResult> {
  let outcome
  try {
    outcome = await app.syncResource(accountId, resource, observer?.onProgress)
  } finally {
    observer?.onEnd()
  }
  const reader = openMirrorReader(app.dataDir)
  try {
    const tables = ingestTables[resource]
    const ceiling = measureCeiling(reader, accountId, tables)
    const rows = ceiling.rows[tables[0]] ?? 0
    const appRowsPerSecond = rows / (outcome.wallMs / 1000)
    const ceilingRowsPerSecond = rows / (ceiling.insertMs / 1000)
    const ratio = ceilingRowsPerSecond > 0 ? appRowsPerSecond / ceilingRowsPerSecond : 0
    return {
      resource,
      status: outcome.status,
      error: outcome.error,
      requests: outcome.requests,
      rows,
      rowsByTable: ceiling.rows,
      appMs: outcome.wallMs,
      appRowsPerSecond,
      ceilingMs: ceiling.insertMs,
      ceilingRowsPerSecond,
      ratio,
      pass: outcome.status === 'succeeded' && rows > 0 && ratio >= MIN_INGEST_RATIO
    }
  } finally {
    reader.close()
  }
}
