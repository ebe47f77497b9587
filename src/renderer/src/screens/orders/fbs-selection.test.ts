import { describe, expect, it, vi } from 'vitest'
import type { FbsOrderPage, FbsOrderRow } from '../../../../shared/domain/orders'
import {
  addedBeforeFailure,
  canSelect,
  collectMatchingIds,
  conflictOf,
  emptySelection,
  isSelected,
  maxSupplyOrders,
  pageSelectionState,
  selectPage,
  toggleRow,
  unselectPage
} from './fbs-selection'

type Row = Pick<FbsOrderRow, 'accountId' | 'orderId' | 'supplierStatus' | 'supplyId' | 'warehouseId'>

function row(orderId: number, overrides: Partial<Row> = {}): Row {
  return { accountId: 'a', orderId, supplierStatus: 'new', supplyId: null, warehouseId: 7, ...overrides }
}

describe('row selection', () => {
  it('lets only new tasks without a supply be ticked', () => {
    expect(canSelect(emptySelection, row(1))).toBe(true)
    expect(canSelect(emptySelection, row(2, { supplierStatus: 'confirm' }))).toBe(false)
    expect(canSelect(emptySelection, row(3, { supplyId: 'WB-GI-1' }))).toBe(false)
    expect(canSelect(emptySelection, row(4, { supplierStatus: null }))).toBe(false)
    expect(toggleRow(emptySelection, row(2, { supplierStatus: 'complete' }))).toBe(emptySelection)
  })

  it('keeps a selection within one cabinet and one warehouse, since a supply takes one of each', () => {
    const selection = toggleRow(emptySelection, row(1))
    expect(selection).toMatchObject({ accountId: 'a', warehouseId: 7 })
    expect(canSelect(selection, row(2, { accountId: 'b' }))).toBe(false)
    expect(conflictOf(selection, row(2, { accountId: 'b' }))).toBe('account')
    expect(toggleRow(selection, row(2, { accountId: 'b' }))).toBe(selection)
    expect(canSelect(selection, row(3, { warehouseId: 8 }))).toBe(false)
    expect(conflictOf(selection, row(3, { warehouseId: 8 }))).toBe('warehouse')
    expect(conflictOf(emptySelection, row(3, { warehouseId: 8 }))).toBeNull()
  })

  it('ticks and unticks a row, and forgets the cabinet when nothing is left', () => {
    const one = toggleRow(emptySelection, row(1))
    const two = toggleRow(one, row(2))
    expect([...two.orderIds]).toEqual([1, 2])
    expect(isSelected(two, row(2))).toBe(true)
    expect(isSelected(two, row(2, { accountId: 'b' }))).toBe(false)
    expect(toggleRow(toggleRow(two, row(1)), row(2))).toEqual(emptySelection)
  })
})

describe('page selection', () => {
  const page = [row(1), row(2, { supplyId: 'WB-1' }), row(3), row(4, { accountId: 'b' }), row(5, { warehouseId: 8 })]

  it('ticks every candidate of one cabinet and warehouse on the page and tells how much of it is ticked', () => {
    expect(pageSelectionState(emptySelection, page)).toBe('none')
    const selection = selectPage(emptySelection, page)
    expect(selection.accountId).toBe('a')
    expect([...selection.orderIds]).toEqual([1, 3])
    expect(pageSelectionState(selection, page)).toBe('all')
    expect(pageSelectionState(toggleRow(selection, row(3)), page)).toBe('some')
  })

  it('keeps ticks of other pages when a page is unticked', () => {
    const other = toggleRow(emptySelection, row(99))
    const both = selectPage(other, page)
    expect([...unselectPage(both, page).orderIds]).toEqual([99])
  })

  it('has nothing to tick on a page without candidates', () => {
    const done = [row(1, { supplierStatus: 'complete' }), row(2, { supplyId: 'WB-1' })]
    expect(pageSelectionState(emptySelection, done)).toBe('unavailable')
    expect(selectPage(emptySelection, done)).toBe(emptySelection)
  })
})

function fakeListFbs(rows: Row[], pageSize = 200) {
  return vi.fn(
    async (page: number): Promise<FbsOrderPage> => ({
      rows: rows.slice(page * pageSize, (page + 1) * pageSize) as FbsOrderRow[],
      total: rows.length,
      page,
      pageSize
    })
  )
}

describe('collectMatchingIds', () => {
  it('walks every page of 200 and keeps the ids of candidates only', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => row(i + 1, i === 10 ? { supplyId: 'WB-1' } : {}))
    const fetchPage = fakeListFbs(rows)
    const progress: number[] = []
    const result = await collectMatchingIds(fetchPage, { onProgress: (p) => progress.push(p.collected) })
    expect(fetchPage).toHaveBeenCalledTimes(3)
    expect(result.orderIds).toHaveLength(449)
    expect(result.orderIds).not.toContain(11)
    expect(result).toMatchObject({ accountId: 'a', warehouseId: 7, truncated: false, otherGroups: false })
    expect(progress).toEqual([199, 399, 449])
  })

  it('counts a row that moved to the next page while the mirror changed once', async () => {
    const fetchPage = vi.fn(async (page: number): Promise<FbsOrderPage> => {
      const rows = page === 0 ? [row(1), row(2)] : [row(2), row(3)]
      return { rows: rows as FbsOrderRow[], total: 4, page, pageSize: 2 }
    })
    expect((await collectMatchingIds(fetchPage)).orderIds).toEqual([1, 2, 3])
  })

  it('stops at the most one supply can take', async () => {
    const rows = Array.from({ length: maxSupplyOrders + 300 }, (_, i) => row(i + 1))
    const fetchPage = fakeListFbs(rows)
    const result = await collectMatchingIds(fetchPage)
    expect(result.orderIds).toHaveLength(maxSupplyOrders)
    expect(result.truncated).toBe(true)
    expect(fetchPage.mock.calls.length).toBeLessThanOrEqual(Math.ceil(maxSupplyOrders / 200) + 1)
  })

  it('keeps one cabinet and warehouse and says that others matched too', async () => {
    const rows = [row(1), row(2, { accountId: 'b' }), row(3), row(4, { warehouseId: 8 })]
    expect(await collectMatchingIds(fakeListFbs(rows))).toMatchObject({ accountId: 'a', warehouseId: 7, orderIds: [1, 3], otherGroups: true })
    expect(await collectMatchingIds(fakeListFbs(rows), { accountId: 'a', warehouseId: 8 })).toMatchObject({ orderIds: [4], otherGroups: true })
  })

  it('stops when the seller cancels', async () => {
    const abort = new AbortController()
    const fetchPage = vi.fn(async (page: number): Promise<FbsOrderPage> => {
      abort.abort()
      return { rows: [row(page + 1)] as FbsOrderRow[], total: 1000, page, pageSize: 1 }
    })
    await expect(collectMatchingIds(fetchPage, { signal: abort.signal })).rejects.toThrow()
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })
})

describe('addedBeforeFailure', () => {
  it('reads how many tasks main added before a supply call stopped', () => {
    expect(addedBeforeFailure({ added: 300 })).toBe(300)
    expect(addedBeforeFailure({ added: 0 })).toBe(0)
    expect(addedBeforeFailure({ added: '300' })).toBeNull()
    expect(addedBeforeFailure(undefined)).toBeNull()
  })
})
