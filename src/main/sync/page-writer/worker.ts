/**
 * The page writer's thread: commits bulk pages on its own connection, so a page of 80,000 rows never blocks
 * the main thread, and the next page or slice is fetched and parsed while this one is written.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openMirrorConnection } from '../../db/open'
import { pageCommitter } from './commit'
import { GROUP_ROWS, type PageCommit, type PageWriterInit, type PageWriterReply, type PageWriterRequest } from './protocol'

/** A group smaller than GROUP_ROWS is committed once no page has come for this long… */
const GROUP_IDLE_MS = 15
/** …or once its first page has waited this long, so progress keeps moving. */
const GROUP_MAX_WAIT_MS = 250

const port = parentPort
if (!port) throw new Error('the page writer runs as a worker thread')
const init = workerData as PageWriterInit
const mirror = openMirrorConnection(init.file, init.nativeBinding)
const commit = pageCommitter(mirror)
/** Runs with a page that failed: their later pages must not commit, or the cursor would skip the failed one. */
const failedRuns = new Set<number>()
let queue: Array<{ id: number; commit: PageCommit }> = []
let queuedRows = 0
let closing = false
let groupStartedAt = 0
let timer: NodeJS.Timeout | null = null

port.on('message', (request: PageWriterRequest) => {
  if (request.kind === 'close') {
    closing = true
    return schedule(0)
  }
  if (queue.length === 0) groupStartedAt = performance.now()
  queue.push(request)
  queuedRows += request.commit.write.rows
  const waited = performance.now() - groupStartedAt
  schedule(queuedRows >= GROUP_ROWS ? 0 : Math.min(GROUP_IDLE_MS, Math.max(0, GROUP_MAX_WAIT_MS - waited)))
})

function schedule(delayMs: number): void {
  if (timer) clearTimeout(timer)
  timer = setTimeout(drain, delayMs)
}

function drain(): void {
  timer = null
  const batch = queue
  queue = []
  queuedRows = 0
  if (batch.length > 0) commitBatch(batch)
  if (closing) {
    mirror.close()
    port?.close()
  }
}

function commitBatch(batch: ReadonlyArray<{ id: number; commit: PageCommit }>): void {
  try {
    const rows = commit(batch.map((page) => page.commit))
    batch.forEach((page, index) => reply({ id: page.id, rows: rows[index] ?? 0 }))
  } catch {
    // One page failed and rolled the batch back: commit page by page, so the pages before it still land.
    for (const page of batch) commitOne(page)
  }
}

function commitOne(page: { id: number; commit: PageCommit }): void {
  const { runId } = page.commit
  if (failedRuns.has(runId)) return reply({ id: page.id, error: 'an earlier page of this run failed' })
  try {
    reply({ id: page.id, rows: commit([page.commit])[0] ?? 0 })
  } catch (error) {
    failedRuns.add(runId)
    reply({ id: page.id, error: error instanceof Error ? error.message : String(error) })
  }
}

function reply(message: PageWriterReply): void {
  port?.postMessage(message)
}
