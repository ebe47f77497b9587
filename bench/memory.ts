import type { SyncProgress } from '../src/shared/domain/sync'
import type { SyncObserver } from './ingest'

export interface MemoryResult {
  /** RSS when the sync first reported 100,000 rows. */
  rssAt100kMb: number | null
  peakRssMb: number
  /** The peak until rows passed 100,000: the page-sized working set, before any growth with rows could show. */
  peakBefore100kMb: number | null
  ratio: number | null
  /** Peak allowed: 1.5 × the 100k value + 50 MB. */
  limitMb: number | null
  /** RSS after each committed page: whether it climbs with the rows or holds level. */
  byPage: Array<{ rows: number; rssMb: number }>
  pass: boolean
}

const SAMPLE_MS = 50
const MARK_ROWS = 100_000
const MB = 1024 * 1024

/** Samples this process's RSS every 50 ms and at every page from the moment it is created until the sync ends. */
export function watchMemory(): SyncObserver & { result(): MemoryResult } {
  let peak = process.memoryUsage.rss()
  let atMark: number | null = null
  let peakAtMark: number | null = null
  const byPage: MemoryResult['byPage'] = []
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, SAMPLE_MS)
  return {
    onProgress(progress: SyncProgress) {
      const rss = process.memoryUsage.rss()
      peak = Math.max(peak, rss)
      if (progress.rows > (byPage[byPage.length - 1]?.rows ?? 0)) byPage.push({ rows: progress.rows, rssMb: rss / MB })
      if (atMark === null && progress.rows >= MARK_ROWS) {
        atMark = rss
        peakAtMark = peak
      }
    },
    onEnd() {
      clearInterval(sampler)
    },
    result() {
      const limit = atMark === null ? null : 1.5 * atMark + 50 * MB
      return {
        rssAt100kMb: atMark === null ? null : atMark / MB,
        peakRssMb: peak / MB,
        peakBefore100kMb: peakAtMark === null ? null : peakAtMark / MB,
        ratio: atMark === null ? null : peak / atMark,
        limitMb: limit === null ? null : limit / MB,
        byPage,
        pass: limit !== null && peak <= limit
      }
    }
  }
}
