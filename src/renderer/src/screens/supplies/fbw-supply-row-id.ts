import type { FbwSupplyRow } from '../../../../shared/domain/supplies'

/**
 * The mirror's key for the row (wb_fbw_supplies.supply_key) within its cabinet: a preorder keeps its preorder ID
 * after WB plans it, so the row keeps its id too; virtual supplies have no preorder and are known by their supply
 * ID. The prefix keeps a preorder ID and a supply ID with the same digits apart.
 */
export function fbwSupplyRowId(row: Pick<FbwSupplyRow, 'accountId' | 'preorderId' | 'supplyId'>): string {
  const supplyKey = row.preorderId !== null ? `p${row.preorderId}` : `s${row.supplyId}`
  return `${row.accountId}:${supplyKey}`
}
