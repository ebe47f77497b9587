/**
 * The seller's finance operations (`/v3/finance/transaction/list`), drawn from the postings and returns so every
 * one names a real posting and its SKUs:
 * - a delivered posting: `OperationAgentDeliveredToCustomer` (type `orders`) an hour to half a day after delivery
 *   (by the present at the latest),
 *   its accrual the lines' prices, the category commission charged, logistics and last mile as services;
 * - a buyer's return (returns.ts): `ClientReturnAgentOperation` (type `returns`) when it came back, the line's
 *   accrual and commission reversed, then `OperationItemReturn` a day later for the reverse logistics;
 * - every week, a promotion charge of no posting (`MarketplaceMarketingActionCostOperation`, type `services`).
 * Amounts are kopecks here and roubles (JSON numbers) on the wire; charges are negative, as Ozon signs them.
 * Operations after the sandbox's present have not happened yet.
 */
import { nameOf } from './catalog'
import type { FboPosting, FbsPosting, PostingLine } from './postings'
import { between, hash32 } from './random'
import { clientReturnAtMs, deliveredAtMs } from './returns'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time'
import type { OzonWorld } from './world'

const Salt = { booked: 0x9001, logistics: 0x9002, lastMile: 0x9003, promotion: 0x9004, reverse: 0x9005 } as const

export type TransactionType = 'orders' | 'returns' | 'services' | 'compensation' | 'transferDelivery' | 'other'

export interface FinanceService {
  name: string
  kopecks: number
}

export interface FinanceOperation {
  operationId: number
  operationType: string
  operationTypeName: string
  type: TransactionType
  atMs: number
  posting: { postingNumber: string; deliverySchema: string; orderDateMs: number | null; warehouseId: number } | null
  /** One entry per unit. */
  items: Array<{ sku: number; name: string }>
  accrualsForSale: number
  saleCommission: number
  deliveryCharge: number
  returnDeliveryCharge: number
  services: FinanceService[]
}

/** What an operation pays the seller in all: its accrual, commission, charges and services. */
export function amountOf(operation: FinanceOperation): number {
  return operation.accrualsForSale + operation.saleCommission + operation.deliveryCharge + operation.returnDeliveryCharge
    + operation.services.reduce((sum, service) => sum + service.kopecks, 0)
}

const OPERATION_ID_BASE = 11_401_182_000_000

function postingOf(world: OzonWorld, posting: FbsPosting | FboPosting): NonNullable<FinanceOperation['posting']> {
  const fbs = 'isRfbs' in posting
  return {
    postingNumber: posting.postingNumber,
    deliverySchema: fbs ? (posting.isRfbs ? 'RFBS' : 'FBS') : 'FBO',
    orderDateMs: posting.inProcessAtMs,
    warehouseId: posting.warehouseId
  }
}

function itemsOf(world: OzonWorld, lines: readonly PostingLine[]): FinanceOperation['items'] {
  return lines.flatMap((line) => {
    const product = world.products[line.productIndex]!
    return Array.from({ length: line.quantity }, () => ({ sku: product.sku, name: nameOf(product, world.seed) }))
  })
}

const lineTotal = (line: PostingLine) => line.price * line.quantity
const commissionOf = (line: PostingLine) => Math.round((lineTotal(line) * line.commissionPercent) / 100)

type Unnumbered = Omit<FinanceOperation, 'operationId'>

function sale(world: OzonWorld, posting: FbsPosting | FboPosting, deliveredMs: number): Unnumbered {
  const key = posting.orderId
  const units = posting.lines.reduce((sum, line) => sum + line.quantity, 0)
  return {
    operationType: 'OperationAgentDeliveredToCustomer',
    operationTypeName: 'Доставка покупателю',
    type: 'orders',
    // Booked by the present at the latest, so every delivered posting the lists show has been paid for.
    atMs: Math.min(world.anchorMs, deliveredMs + between(60, 12 * 60, hash32(world.seed, key, Salt.booked)) * MINUTE_MS),
    posting: postingOf(world, posting),
    items: itemsOf(world, posting.lines),
    accrualsForSale: posting.lines.reduce((sum, line) => sum + lineTotal(line), 0),
    saleCommission: -posting.lines.reduce((sum, line) => sum + commissionOf(line), 0),
    deliveryCharge: 0,
    returnDeliveryCharge: 0,
    services: [
      { name: 'MarketplaceServiceItemDirectFlowLogistic', kopecks: -units * between(4_500, 9_999, hash32(world.seed, key, Salt.logistics)) },
      { name: 'MarketplaceServiceItemDelivToCustomer', kopecks: -units * between(1_000, 2_550, hash32(world.seed, key, Salt.lastMile)) }
    ]
  }
}

function clientReturn(world: OzonWorld, posting: FbsPosting | FboPosting, returnedMs: number): Unnumbered[] {
  const line = posting.lines[0]!
  const base = { posting: postingOf(world, posting), items: itemsOf(world, [line]), deliveryCharge: 0, returnDeliveryCharge: 0 }
  return [
    {
      ...base,
      operationType: 'ClientReturnAgentOperation',
      operationTypeName: 'Получение возврата, отмены, невыкупа от покупателя',
      type: 'returns',
      atMs: returnedMs,
      accrualsForSale: -lineTotal(line),
      saleCommission: commissionOf(line),
      services: []
    },
    {
      ...base,
      operationType: 'OperationItemReturn',
      operationTypeName: 'Доставка и обработка возврата, отмены, невыкупа',
      type: 'returns',
      atMs: returnedMs + DAY_MS,
      accrualsForSale: 0,
      saleCommission: 0,
      services: [{ name: 'MarketplaceServiceItemReturnFlowLogistic', kopecks: -line.quantity * between(5_000, 8_999, hash32(world.seed, posting.orderId, Salt.reverse)) }]
    }
  ]
}

function promotion(world: OzonWorld, week: number, atMs: number): Unnumbered {
  return {
    operationType: 'MarketplaceMarketingActionCostOperation',
    operationTypeName: 'Услуги продвижения товаров',
    type: 'services',
    atMs,
    posting: null,
    items: [],
    accrualsForSale: 0,
    saleCommission: 0,
    deliveryCharge: 0,
    returnDeliveryCharge: 0,
    services: [{ name: 'MarketplaceMarketingActionCostItem', kopecks: -between(10_000, 350_099, hash32(world.seed, week, Salt.promotion)) }]
  }
}

/** Every operation of the world up to its present, in date order, numbered in that order. */
export function financeOperationsOf(world: OzonWorld): FinanceOperation[] {
  const found: Unnumbered[] = []
  for (const posting of [...world.fbs, ...world.fbo]) {
    const delivered = deliveredAtMs(posting)
    if (delivered === null) continue
    found.push(sale(world, posting, delivered))
    const returned = clientReturnAtMs(world, posting)
    if (returned !== null) found.push(...clientReturn(world, posting, returned))
  }
  const firstWeekMs = world.anchorMs - 13 * 7 * DAY_MS
  for (let week = 0; week < 13; week++) found.push(promotion(world, week, firstWeekMs + week * 7 * DAY_MS + 10 * HOUR_MS))
  return found
    .filter((operation) => operation.atMs <= world.anchorMs)
    .sort((a, b) => a.atMs - b.atMs || (a.posting?.postingNumber ?? '').localeCompare(b.posting?.postingNumber ?? '') || a.operationType.localeCompare(b.operationType))
    .map((operation, k) => ({ ...operation, atMs: Math.floor(operation.atMs / 1000) * 1000, operationId: OPERATION_ID_BASE + k * 3 + 1 }))
}
