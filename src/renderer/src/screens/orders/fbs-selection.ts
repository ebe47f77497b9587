import type { FbsOrderPage, FbsOrderRow } from '../../../../shared/domain/orders'

/** WB takes at most this many assembly tasks into one call of supplies.createFbs / supplies.addOrders. */
export const maxSupplyOrders = 10_000
/** Page size for collecting the ids of every matching task (the contract's maximum). */
export const idPageSize = 200

/**
 * Assembly tasks picked for a supply. A supply belongs to one cabinet and takes the tasks of one seller
 * warehouse (03-orders-fbs.yaml), so the selection holds tasks of one cabinet and warehouse only; both are
 * null while nothing is selected.
 */
export interface FbsSelection {
  accountId: string | null
  warehouseId: number | null
  orderIds: ReadonlySet<number>
}

export const emptySelection: FbsSelection = { accountId: null, warehouseId: null, orderIds: new Set() }

type SelectableFields = Pick<FbsOrderRow, 'accountId' | 'orderId' | 'supplierStatus' | 'supplyId' | 'warehouseId'>

/** Only new tasks that are in no supply yet can go into a supply. */
export function isSupplyCandidate(row: Pick<FbsOrderRow, 'supplierStatus' | 'supplyId'>): boolean {
  return row.supplierStatus === 'new' && row.supplyId === null
}

/** Why a candidate cannot join the selection: it is of another cabinet or another warehouse. */
export function conflictOf(selection: FbsSelection, row: Pick<FbsOrderRow, 'accountId' | 'warehouseId'>): 'account' | 'warehouse' | null {
  if (selection.accountId === null) return null
  if (selection.accountId !== row.accountId) return 'account'
  return selection.warehouseId === row.warehouseId ? null : 'warehouse'
}

/** Whether the row's checkbox can be ticked: a candidate, of the cabinet and warehouse already selected from. */
export function canSelect(selection: FbsSelection, row: SelectableFields): boolean {
  return isSupplyCandidate(row) && conflictOf(selection, row) === null
}

export function isSelected(selection: FbsSelection, row: Pick<FbsOrderRow, 'accountId' | 'orderId'>): boolean {
  return selection.accountId === row.accountId && selection.orderIds.has(row.orderId)
}

function withIds(selection: FbsSelection, ids: Set<number>): FbsSelection {
  return ids.size === 0 ? emptySelection : { accountId: selection.accountId, warehouseId: selection.warehouseId, orderIds: ids }
}

export function toggleRow(selection: FbsSelection, row: SelectableFields): FbsSelection {
  if (isSelected(selection, row)) {
    const ids = new Set(selection.orderIds)
    ids.delete(row.orderId)
    return withIds(selection, ids)
  }
  if (!canSelect(selection, row) || selection.orderIds.size >= maxSupplyOrders) return selection
  return { accountId: row.accountId, warehouseId: row.warehouseId, orderIds: new Set(selection.orderIds).add(row.orderId) }
}

/** The rows of a page that could be ticked now: candidates of the selection's group, or of the first candidate's. */
function pageCandidates(selection: FbsSelection, rows: readonly SelectableFields[]): SelectableFields[] {
  const anchor = selection.accountId !== null ? selection : rows.find(isSupplyCandidate)
  if (!anchor) return []
  return rows.filter((row) => isSupplyCandidate(row) && row.accountId === anchor.accountId && row.warehouseId === anchor.warehouseId)
}

/** How many of the page's candidate rows are ticked: none, some or all (and whether there are any). */
export function pageSelectionState(selection: FbsSelection, rows: readonly SelectableFields[]): 'none' | 'some' | 'all' | 'unavailable' {
  const candidates = pageCandidates(selection, rows)
  if (candidates.length === 0) return 'unavailable'
  const ticked = candidates.filter((row) => isSelected(selection, row)).length
  return ticked === 0 ? 'none' : ticked === candidates.length ? 'all' : 'some'
}

/** Ticks every candidate on the page (of the selection's cabinet, or the first candidate's), up to the limit. */
export function selectPage(selection: FbsSelection, rows: readonly SelectableFields[]): FbsSelection {
  const candidates = pageCandidates(selection, rows)
  const first = candidates[0]
  if (!first) return selection
  const ids = new Set(selection.orderIds)
  for (const row of candidates) {
    if (ids.size >= maxSupplyOrders) break
    ids.add(row.orderId)
  }
  return { accountId: first.accountId, warehouseId: first.warehouseId, orderIds: ids }
}

export function unselectPage(selection: FbsSelection, rows: readonly SelectableFields[]): FbsSelection {
  const ids = new Set(selection.orderIds)
  for (const row of rows) if (row.accountId === selection.accountId) ids.delete(row.orderId)
  return withIds(selection, ids)
}

export interface CollectProgress {
  collected: number
  total: number
}

export interface CollectedIds {
  accountId: string | null
  warehouseId: number | null
  orderIds: number[]
  /** More tasks matched than one supply can take; only the first `maxSupplyOrders` were kept. */
  truncated: boolean
  /** Tasks of other cabinets or warehouses matched too and were left out. */
  otherGroups: boolean
}

/**
 * Collects the ids of every task matching a filter, page by page (`fetchPage` asks orders.listFbs with
 * pageSize `idPageSize`), keeping candidates of one cabinet and warehouse (the given ones, or the first
 * candidate's) and at most `maxSupplyOrders`. Rows that move between pages while the mirror changes are
 * counted once. Rejects with the signal's reason when aborted.
 */
export async function collectMatchingIds(
  fetchPage: (page: number) => Promise<FbsOrderPage>,
  options: {
    signal?: AbortSignal
    onProgress?: (progress: CollectProgress) => void
    accountId?: string | null
    warehouseId?: number | null
  } = {}
): Promise<CollectedIds> {
  const ids = new Set<number>()
  let accountId = options.accountId ?? null
  let warehouseId = options.warehouseId ?? null
  let truncated = false
  let otherGroups = false
  for (let page = 0; ; page++) {
    options.signal?.throwIfAborted()
    const result = await fetchPage(page)
    options.signal?.throwIfAborted()
    for (const row of result.rows) {
      if (!isSupplyCandidate(row)) continue
      accountId ??= row.accountId
      warehouseId ??= row.warehouseId
      if (row.accountId !== accountId || row.warehouseId !== warehouseId) {
        otherGroups = true
        continue
      }
      if (ids.size >= maxSupplyOrders) {
        if (!ids.has(row.orderId)) truncated = true
        continue
      }
      ids.add(row.orderId)
    }
    options.onProgress?.({ collected: ids.size, total: result.total })
    const seen = (page + 1) * result.pageSize
    if (result.rows.length < result.pageSize || seen >= result.total || truncated) break
  }
  return { accountId, warehouseId, orderIds: [...ids], truncated, otherGroups }
}

/** Splits the outcome of a supply call that failed part way: main reports the tasks it added in params.added. */
export function addedBeforeFailure(params: Record<string, string | number> | undefined): number | null {
  const added = params?.added
  return typeof added === 'number' && Number.isInteger(added) && added >= 0 ? added : null
}
