import type { SyncProgress } from '../src/shared/domain/sync'
import type { SyncObserver } from './ingest'

export interface MemoryResult {
  /** The peak until the sync first reported 100,000 rows: the working set of a page, before growth with rows could show. */
  peakTo100kMb: number | null
  /** The peak over the whole sync. */
  peakRssMb: number
  /** RSS at the moment the sync first reported 100,000 rows, for the record. */
  rssAt100kMb: number | null
  ratio: number | null
  /** Peak allowed: 1.5 × the peak to 100k rows + 50 MB. */
  limitMb: number | null
  /** RSS after each committed page: whether it climbs with the rows or holds level. */
  byPage: Array<{ rows: number; rssMb: number }>
  pass: boolean
}

const SAMPLE_MS = 50
const MARK_ROWS = 100_000
const MB = 1024 * 1024
/**
 * Peaks are set against peaks: RSS swings by a page's bytes (60 MB, downloaded while the page before is read and
 * freed by GC some time later), so a single sample at 100,000 rows lands anywhere in that swing.
 */
export const MEMORY_RATIO = 1.5
export const MEMORY_ALLOWANCE_MB = 50

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
      const limit = peakAtMark === null ? null : MEMORY_RATIO * peakAtMark + MEMORY_ALLOWANCE_MB * MB
      return {
        peakTo100kMb: peakAtMark === null ? null : peakAtMark / MB,
        peakRssMb: peak / MB,
        rssAt100kMb: atMark === null ? null : atMark / MB,
        ratio: peakAtMark === null ? null : peak / peakAtMark,
        limitMb: limit === null ? null : limit / MB,
        byPage,
        pass: limit !== null && peak <= limit
      }
    }
  }
}
