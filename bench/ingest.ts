import type { SyncResource } from '../src/shared/domain/marketplace'
import type { SyncProgress } from '../src/shared/domain/sync'
import type { AppCore } from '../src/test-support/app-core'
import { measureCeiling, openMirrorReader } from './ceiling'

/** One resource part (a) syncs, and the tables it writes; rows/s count the first table's rows. */
export interface IngestTarget {
  /** As the report names it: marketplace and resource. */
  name: string
  resource: SyncResource
  tables: readonly string[]
}

export const wbIngest = {
  products: { name: 'WB products', resource: 'products', tables: ['products', 'wb_product_details', 'offers'] },
  orders: { name: 'WB orders', resource: 'orders', tables: ['orders', 'wb_order_details'] },
  sales: { name: 'WB sales', resource: 'sales', tables: ['sales', 'wb_sale_details'] }
} as const satisfies Record<string, IngestTarget>

export const ozonIngest = {
  products: { name: 'Ozon products', resource: 'products', tables: ['products', 'ozon_product_details', 'offers'] },
  // FBS and FBO postings, one row per posting line.
  orders: { name: 'Ozon orders', resource: 'orders', tables: ['orders', 'ozon_order_details'] }
} as const satisfies Record<string, IngestTarget>

export const MIN_INGEST_RATIO = 0.7

export interface IngestResult {
  name: string
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
export async function measureIngest(app: AppCore, accountId: string, target: IngestTarget, observer?: SyncObserver): Promise<IngestResult> {
  let outcome
  try {
    outcome = await app.syncResource(accountId, target.resource, observer?.onProgress)
  } finally {
    observer?.onEnd()
  }
  const reader = openMirrorReader(app.dataDir)
  try {
    const { tables } = target
    const ceiling = measureCeiling(reader, accountId, tables)
    const rows = ceiling.rows[tables[0]!] ?? 0
    const appRowsPerSecond = rows / (outcome.wallMs / 1000)
    const ceilingRowsPerSecond = rows / (ceiling.insertMs / 1000)
    const ratio = ceilingRowsPerSecond > 0 ? appRowsPerSecond / ceilingRowsPerSecond : 0
    return {
      name: target.name,
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
