import type { WorkerLauncher } from '../../workers'
import type { PageCommit, PageWriterInit, PageWriterReply, PageWriterRequest } from './protocol'

export interface PageWriter {
  /** Resolves with the rows written once the page and its cursor are committed. Pages commit in call order. */
  commit(commit: PageCommit): Promise<number>
  close(): Promise<void>
}

interface Pending {
  resolve(rows: number): void
  reject(error: Error): void
}

/** The main thread's side of the page writer's thread. */
export function startPageWriter(launch: WorkerLauncher, init: PageWriterInit): PageWriter {
  const worker = launch('page-writer', { workerData: init })
  const pending = new Map<number, Pending>()
  let nextId = 1
  let stopped: Error | null = null
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))

  const failAll = (error: Error) => {
    stopped ??= error
    for (const { reject } of pending.values()) reject(stopped)
    pending.clear()
  }
  worker.on('message', (reply: PageWriterReply) => {
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if (pending.size === 0) worker.unref()
    if ('error' in reply) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.rows)
  })
  worker.on('error', (error) => failAll(error))
  worker.on('exit', (code) => failAll(new Error(`the page writer stopped (exit code ${code})`)))
  // Idle between syncs it must not keep the process alive; a page being written must.
  worker.unref()

  const send = (request: PageWriterRequest) => worker.postMessage(request)
  return {
    commit(commit) {
      if (stopped) return Promise.reject(stopped)
      const id = nextId++
      return new Promise<number>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.ref()
        send({ kind: 'commit', id, commit })
      })
    },
    async close() {
      if (!stopped) send({ kind: 'close' })
      await exited
    }
  }
}
