import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { WorkerEntry, WorkerLauncher } from '../main/workers'

const sources: Record<WorkerEntry, string> = {
  'page-writer': resolve(__dirname, '../main/sync/page-writer/worker.ts')
}

/**
 * Workers run from their TypeScript sources (vitest, tsx scripts, the bench): tsx compiles them on the fly.
 * Node 20 passes no `--import` loader on to worker threads, so the worker starts with tsx's require hook.
 */
export const sourceWorkers: WorkerLauncher = (entry, options) => {
  const tsx = createRequire(__filename).resolve('tsx/cjs')
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(sources[entry])})`, { ...options, eval: true })
}
