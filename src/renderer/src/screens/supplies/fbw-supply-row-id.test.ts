import { describe, expect, it } from 'vitest'
import { fbwSupplyRowId } from './fbw-supply-row-id'

describe('FBW supply row id', () => {
  it('tells virtual supplies apart by their supply ID', () => {
    const first = fbwSupplyRowId({ accountId: 'a', preorderId: null, supplyId: 101 })
    const second = fbwSupplyRowId({ accountId: 'a', preorderId: null, supplyId: 102 })
    expect(first).not.toBe(second)
  })

  it('keeps a preorder’s id once WB plans it and gives it a supply ID', () => {
    expect(fbwSupplyRowId({ accountId: 'a', preorderId: 7, supplyId: 555 })).toBe(fbwSupplyRowId({ accountId: 'a', preorderId: 7, supplyId: null }))
  })

  it('never gives a preorder the id of a virtual supply with the same number', () => {
    expect(fbwSupplyRowId({ accountId: 'a', preorderId: 7, supplyId: null })).not.toBe(fbwSupplyRowId({ accountId: 'a', preorderId: null, supplyId: 7 }))
  })
})
