import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import type { WbFbwSupply, WbFbwSupplyDetails } from './fbw-types'
import { rublesToKopecks } from './money'

/**
 * A changed status, date of change or supply ID means the details (cost, warehouse, quantity) may have changed
 * too: goods_quantity goes back to NULL, which marks the row for a details request. SQLite evaluates every SET
 * expression against the row as it was.
 */
const upsertListSql = `
INSERT INTO wb_fbw_supplies (
  account_id, supply_key, preorder_id, supply_id, status_id, box_type_id, create_date, supply_date, fact_date, updated_date,
  synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, supply_key) DO UPDATE SET
  preorder_id = excluded.preorder_id, supply_id = excluded.supply_id, status_id = excluded.status_id, box_type_id = excluded.box_type_id,
  create_date = excluded.create_date, supply_date = excluded.supply_date, fact_date = excluded.fact_date,
  updated_date = excluded.updated_date, synced_at = excluded.synced_at,
  goods_quantity = CASE
    WHEN excluded.status_id IS NOT wb_fbw_supplies.status_id
      OR excluded.updated_date IS NOT wb_fbw_supplies.updated_date
      OR excluded.supply_id IS NOT wb_fbw_supplies.supply_id
    THEN NULL ELSE wb_fbw_supplies.goods_quantity END`

const needingDetailsSql = `
SELECT supply_key AS supplyKey, preorder_id AS preorderId, supply_id AS supplyId FROM wb_fbw_supplies
WHERE account_id = ? AND goods_quantity IS NULL ORDER BY supply_key LIMIT 1`

const detailsSql = `
UPDATE wb_fbw_supplies SET warehouse_id = ?, warehouse_name = ?, acceptance_cost_kopecks = ?, goods_quantity = ?, synced_at = ?
WHERE account_id = ? AND supply_key = ?`

/**
 * A preorder keeps its preorderID when WB later plans it and gives it a supplyID, so that is the key; virtual
 * supplies (boxTypeID 0) all have preorderID 0 and are known by their supplyID alone.
 */
function fbwSupplyKey(s: Pick<WbFbwSupply, 'preorderID' | 'supplyID'>): string | null {
  if (s.preorderID !== 0) return `p${s.preorderID}`
  return s.supplyID ? `s${s.supplyID}` : null
}

/** Supplies without a key (no preorder and no supply ID yet) are skipped and not counted. */
export function fbwSuppliesPageWrite(accountId: string, supplies: readonly WbFbwSupply[], syncedAt: string): PageWrite {
  const params = supplies.flatMap((s) => {
    const key = fbwSupplyKey(s)
    if (key === null) return []
    return [
      [
        accountId,
        key,
        s.preorderID === 0 ? null : s.preorderID,
        s.supplyID ?? null,
        s.statusID,
        s.boxTypeID ?? null,
        s.createDate,
        s.supplyDate ?? null,
        s.factDate ?? null,
        s.updatedDate ?? null,
        syncedAt
      ]
    ]
  })
  return { steps: [{ sql: upsertListSql, params }], rows: params.length }
}

export interface FbwSupplyNeedingDetails {
  supplyKey: string
  preorderId: number | null
  supplyId: number | null
}

/** The first supply whose details are not read yet: at most one row, a FbwSupplyNeedingDetails. */
export function supplyNeedingDetails(accountId: string): MirrorRead {
  return { sql: needingDetailsSql, params: [accountId] }
}

/**
 * Where the goods went (or are planned to go), what acceptance costs and how many items; null details: WB has none.
 * It updates one row: the run just read the supply from the mirror, and nothing removes it while the run lasts.
 */
export function fbwSupplyDetailsPageWrite(accountId: string, supplyKey: string, details: WbFbwSupplyDetails | null, syncedAt: string): PageWrite {
  const warehouseId = details?.actualWarehouseID ?? details?.warehouseID ?? null
  const warehouseName = details?.actualWarehouseName || details?.warehouseName || ''
  const cost = details?.acceptanceCost
  return {
    steps: [
      {
        sql: detailsSql,
        params: [
          [
            warehouseId,
            warehouseName,
            cost === null || cost === undefined ? null : rublesToKopecks(cost),
            details?.quantity ?? 0,
            syncedAt,
            accountId,
            supplyKey
          ]
        ]
      }
    ],
    rows: 1
  }
}
