import type { SyncResource } from '../shared/domain/marketplace'
import type { SyncJobContext } from '../main/sync/job'

/** A run's context that keeps the cursors committed, for calling a job without the engine: it reads nothing and ignores every report. */
export function bareJobContext(accountId: string, resource: SyncResource): SyncJobContext & { commits: unknown[] } {
  const commits: unknown[] = []
  return {
    accountId,
    resource,
    signal: new AbortController().signal,
    cursor: null,
    commits,
    commitPage: (_write, cursor) => commits.push(cursor),
    commitBulk: async (_build, cursor) => {
      commits.push(cursor)
    },
    read: () => [],
    onRequest: () => {},
    onRateLimited: () => {},
    onWait: () => {}
  }
}
