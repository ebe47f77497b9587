import { useEffect, useRef, useState } from 'react'
import type { CallInput } from '../../../../shared/ipc'
import { invoke } from '../../api/client'
import { collectMatchingIds, idPageSize, type CollectedIds, type CollectProgress } from './fbs-selection'

type MatchingFilter = Omit<CallInput<'orders.listFbs'>, 'page' | 'pageSize' | 'sort' | 'statuses' | 'withoutSupply'>

/**
 * "Выбрать все N подходящих": asks main for the matching tasks' ids page by page (200 at a time, only new
 * tasks in no supply). Nothing but the ids is kept; the seller can stop it, and leaving the screen stops it.
 */
export function useCollectMatching() {
  const [progress, setProgress] = useState<CollectProgress | null>(null)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  /** Collects the candidates of one cabinet and warehouse under the filter. */
  async function collect(filter: MatchingFilter, group: { accountId: string; warehouseId: number }): Promise<CollectedIds | null> {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setProgress({ collected: 0, total: 0 })
    try {
      return await collectMatchingIds(
        (page) =>
          invoke('orders.listFbs', {
            ...filter,
            accountIds: [group.accountId],
            warehouseIds: [group.warehouseId],
            statuses: ['new'],
            withoutSupply: true,
            sort: { field: 'createdAt', dir: 'asc' },
            page,
            pageSize: idPageSize
          }),
        { ...group, signal: abort.signal, onProgress: (next) => !abort.signal.aborted && setProgress(next) }
      )
    } catch (error) {
      if (abort.signal.aborted) return null
      throw error
    } finally {
      if (controller.current === abort) {
        controller.current = null
        setProgress(null)
      }
    }
  }

  return { collect, progress, cancel: () => controller.current?.abort() }
}
