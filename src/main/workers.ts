import { join } from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** The core's worker threads; each is an entry of the main build (electron.vite.config.ts) of the same name. */
export type WorkerEntry = 'page-writer'

export type WorkerLauncher = (entry: WorkerEntry, options: WorkerOptions) => Worker

/** Workers of the built app: `<entry>.js` next to the shell's or the host's own bundle. */
export function builtWorkers(bundleDir: string): WorkerLauncher {
  return (entry, options) => new Worker(join(bundleDir, `${entry}.js`), options)
}
