import type { Kopecks } from './money'
import type { FbsOrderRow } from './orders'

export interface FbsSupplyRow {
  accountId: string
  accountName: string
  supplyId: string
  name: string
  createdAt: string
  closedAt: string | null
  done: boolean
  ordersCount: number
}

export interface FbsSupplyPage {
  rows: FbsSupplyRow[]
  total: number
  page: number
  pageSize: number
}

export interface FbsSupplyDetail extends FbsSupplyRow {
  orders: FbsOrderRow[]
}

/** A supply to a WB warehouse (FBW). supplyId is null until WB plans the preorder. */
export interface FbwSupplyRow {
  accountId: string
  accountName: string
  /** Null for virtual supplies, which WB creates without a preorder. */
  preorderId: number | null
  supplyId: number | null
  statusId: number
  createDate: string
  supplyDate: string | null
  factDate: string | null
  warehouseName: string
  acceptanceCostKopecks: Kopecks | null
  goodsQuantity: number | null
}

export interface FbwSupplyPage {
  rows: FbwSupplyRow[]
  total: number
  page: number
  pageSize: number
}
