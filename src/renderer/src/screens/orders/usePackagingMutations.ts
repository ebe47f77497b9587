import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { calls, type CallOutput } from '../../../../shared/ipc'
import type { PostingFailureView, PostingLabelView } from '../../../../shared/ipc/fbs-postings'
import { invoke } from '../../api/client'
import { invalidateDatasets } from '../../hooks/dataset-invalidation'

export type PackagingAction = 'pack' | 'labels' | 'handOver'

/** Shipments picked in the list, by cabinet: each call acts on one cabinet. */
export type PostingsByAccount = ReadonlyMap<string, readonly string[]>

/** What one action did over every cabinet it touched. */
export interface PackagingOutcome {
  action: PackagingAction
  total: number
  done: number
  /** Shipments the marketplace split, with the ones they became. */
  splits: Array<{ postingNumber: string; resulting: string[] }>
  labels: PostingLabelView[]
  failed: PostingFailureView[]
}

/** Offers the label PDF as a download; the shell saves it where the seller says. */
export function downloadLabel(label: PostingLabelView): void {
  if (!label.base64) return
  const bytes = Uint8Array.from(atob(label.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const link = document.createElement('a')
  link.href = url
  link.download = label.fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the blob to the download before this runs.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

async function runAction(action: PackagingAction, byAccount: PostingsByAccount): Promise<PackagingOutcome> {
  const outcome: PackagingOutcome = { action, total: 0, done: 0, splits: [], labels: [], failed: [] }
  for (const [accountId, postingNumbers] of byAccount) {
    outcome.total += postingNumbers.length
    if (action === 'pack') {
      const result: CallOutput<'postings.pack'> = await invoke('postings.pack', { accountId, postings: postingNumbers.map((postingNumber) => ({ postingNumber })) })
      outcome.done += result.packed.length
      outcome.splits.push(...result.packed.filter((p) => p.resulting.length > 1))
      outcome.failed.push(...result.failed)
    } else if (action === 'labels') {
      const result = await invoke('postings.labels', { accountId, postingNumbers: [...postingNumbers] })
      outcome.done += result.files.reduce((n, file) => n + file.postingNumbers.length, 0)
      outcome.labels.push(...result.files)
      outcome.failed.push(...result.failed)
    } else {
      const result = await invoke('postings.handOver', { accountId, postingNumbers: [...postingNumbers] })
      outcome.done += result.handedOver.length
      outcome.failed.push(...result.failed)
    }
  }
  return outcome
}

/**
 * Pack, labels and hand-over of the picked shipments. The list is refreshed after every action, whether it went
 * through in whole, in part or not at all, since each shipment the marketplace took is already in the mirror.
 */
export function usePackagingMutations() {
  const queryClient = useQueryClient()
  const [outcome, setOutcome] = useState<PackagingOutcome | null>(null)
  const mutation = useMutation({
    mutationFn: ({ action, byAccount }: { action: PackagingAction; byAccount: PostingsByAccount }) => runAction(action, byAccount),
    onMutate: () => setOutcome(null),
    onSettled: (_result, _error, { action }) =>
      invalidateDatasets(queryClient, action === 'labels' ? calls['postings.labels'].changes : calls['postings.pack'].changes),
    onSuccess: (result) => {
      setOutcome(result)
      result.labels.forEach(downloadLabel)
    }
  })
  return { run: mutation.mutate, pending: mutation.isPending, error: mutation.error, outcome }
}

/** Asks the marketplaces for the shipments awaiting packaging or hand-over now, without waiting for a sync. */
export function useRefreshPostings() {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: (accountIds: string[] | undefined) => invoke('postings.refresh', accountIds ? { accountIds } : {}),
    onSettled: () => invalidateDatasets(queryClient, calls['postings.refresh'].changes)
  })
  return { refresh: mutation.mutate, pending: mutation.isPending, error: mutation.error, result: mutation.data ?? null }
}
