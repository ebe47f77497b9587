import { sql } from 'drizzle-orm'
import type { FbsSupplyPage, FbsSupplyRow, FbwSupplyPage, FbwSupplyRow } from '../../../shared/domain/supplies'
import type { Drizzle } from '../open'
import { inList, whereAll } from './filters'

const fbsSupplyColumns = sql`
  s.account_id AS accountId, a.name AS accountName, s.supply_id AS supplyId, s.name AS name,
  s.created_at AS createdAt, s.closed_at AS closedAt, s.done AS done,
  (SELECT COUNT(*) FROM wb_fbs_orders o WHERE o.account_id = s.account_id AND o.supply_id = s.supply_id) AS ordersCount`

type FbsSupplyRecord = Omit<FbsSupplyRow, 'done'> & { done: number }
const toFbsSupply = (r: FbsSupplyRecord): FbsSupplyRow => ({ ...r, done: r.done === 1 })

export interface FbsSupplyListQuery {
  accountIds?: string[] | undefined
  status: 'all' | 'open' | 'done'
  page: number
  pageSize: number
}

export interface FbwSupplyListQuery {
  accountIds?: string[] | undefined
  page: number
  pageSize: number
}

export function listFbsSupplies(db: Drizzle, query: FbsSupplyListQuery): FbsSupplyPage {
  const where = whereAll([
    inList(sql`s.account_id`, query.accountIds),
    query.status === 'all' ? null : sql`s.done = ${query.status === 'done' ? 1 : 0}`
  ])
  const rows = db.all<FbsSupplyRecord>(sql`
    SELECT ${fbsSupplyColumns} FROM wb_fbs_supplies s JOIN accounts a ON a.id = s.account_id
    WHERE ${where} ORDER BY s.done ASC, s.created_at DESC, s.supply_id DESC
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const total = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM wb_fbs_supplies s WHERE ${where}`)?.n ?? 0
  return { rows: rows.map(toFbsSupply), total, page: query.page, pageSize: query.pageSize }
}

export function getFbsSupply(db: Drizzle, accountId: string, supplyId: string): FbsSupplyRow | undefined {
  const row = db.get<FbsSupplyRecord>(sql`
    SELECT ${fbsSupplyColumns} FROM wb_fbs_supplies s JOIN accounts a ON a.id = s.account_id
    WHERE s.account_id = ${accountId} AND s.supply_id = ${supplyId}`)
  return row ? toFbsSupply(row) : undefined
}

export function listFbwSupplies(db: Drizzle, query: FbwSupplyListQuery): FbwSupplyPage {
  const where = whereAll([inList(sql`s.account_id`, query.accountIds)])
  const rows = db.all<FbwSupplyRow>(sql`
    SELECT s.account_id AS accountId, a.name AS accountName, s.preorder_id AS preorderId, s.supply_id AS supplyId,
           s.status_id AS statusId, s.create_date AS createDate, s.supply_date AS supplyDate, s.fact_date AS factDate,
           s.warehouse_name AS warehouseName, s.acceptance_cost_kopecks AS acceptanceCostKopecks,
           s.goods_quantity AS goodsQuantity
    FROM wb_fbw_supplies s JOIN accounts a ON a.id = s.account_id
    WHERE ${where} ORDER BY s.create_date DESC, s.supply_key DESC
    LIMIT ${query.pageSize} OFFSET ${query.page * query.pageSize}`)
  const total = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM wb_fbw_supplies s WHERE ${where}`)?.n ?? 0
  return { rows, total, page: query.page, pageSize: query.pageSize }
}
