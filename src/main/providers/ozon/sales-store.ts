import type { Kopecks } from '../../../shared/domain/money'
import { upsert } from '../../db/upsert'
import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import type { OzonFinanceOperation } from './finance-types'
import { rublesToKopecks } from './money'
import { postingLineId } from './orders-store'
import { searchText } from './search-text'
import { moscowDay } from './time'

/**
 * A finance operation carries no currency (FinanceTransactionListV3ResponseOperation has none): its amounts are in
 * the seller's settlement currency, /v1/seller/info `company.currency`. Where that is empty, roubles: Ozon settles
 * with sellers of the Russian marketplace in them.
 */
export function settlementCurrency(sellerCurrency: string): string {
  return sellerCurrency === '' ? 'RUB' : sellerCurrency
}

/**
 * The operations that move goods: a delivery to the buyer is a sale; a buyer's return and the cancellation of a
 * delivery's accrual undo one. Everything else (logistics, commissions, promotion, compensation, a corrected
 * accrual whose sign says nothing) is money around the goods and stays in ozon_sale_details only, or the sales
 * list would count units nobody bought.
 */
const kindByOperationType: Readonly<Record<string, 'sale' | 'return'>> = {
  OperationAgentDeliveredToCustomer: 'sale',
  ClientReturnAgentOperation: 'return',
  OperationAgentStornoDeliveredToCustomer: 'return'
}

export function saleKindOf(operationType: string): 'sale' | 'return' | null {
  return kindByOperationType[operationType] ?? null
}

const saleRow = upsert(
  'sales',
  [
    'account_id', 'external_id', 'marketplace', 'order_external_id', 'order_number', 'kind', 'sold_at', 'local_day',
    'updated_at', 'warehouse_name', 'region_name', 'product_external_id', 'vendor_code', 'brand', 'category',
    'quantity', 'price_kopecks', 'seller_price_kopecks', 'buyer_price_kopecks', 'payout_kopecks', 'currency',
    'search_text', 'synced_at'
  ],
  ['account_id', 'external_id']
)

const detailsRow = upsert(
  'ozon_sale_details',
  [
    'account_id', 'external_id', 'operation_type', 'operation_type_name', 'transaction_type', 'operated_at',
    'posting_number', 'delivery_schema', 'accruals_for_sale_kopecks', 'sale_commission_kopecks',
    'delivery_charge_kopecks', 'return_delivery_charge_kopecks', 'amount_kopecks', 'currency', 'services_json'
  ],
  ['account_id', 'external_id']
)

/** What the mirror knows of a posting line a sale names: the order sync wrote it. */
export interface MirroredLine {
  lineId: string
  productId: string
  vendorCode: string
  warehouseName: string
  regionName: string
  /** What the line's units cost together: the weight of its share of an operation of several SKUs. */
  totalKopecks: number
}

/** What the mirror knows of a SKU whose order line it does not hold. */
export interface MirroredSku {
  sku: number
  productId: string
  vendorCode: string
  brand: string
  category: string
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/** The order lines of the page's operations: rows of MirroredLine. */
export function mirroredLines(accountId: string, lineIds: readonly string[]): MirrorRead {
  return {
    sql: `SELECT external_id AS lineId, product_external_id AS productId, vendor_code AS vendorCode, warehouse_name AS warehouseName,
            region_name AS regionName, seller_price_kopecks AS totalKopecks
          FROM orders WHERE account_id = ? AND external_id IN (${placeholders(lineIds.length)})`,
    params: [accountId, ...lineIds]
  }
}

/** The products of the page's SKUs (finance names products by SKU alone): rows of MirroredSku. */
export function mirroredSkus(accountId: string, skus: readonly number[]): MirrorRead {
  return {
    sql: `SELECT d.sku AS sku, p.external_id AS productId, p.vendor_code AS vendorCode, p.brand AS brand, p.category AS category
          FROM ozon_product_details d JOIN products p ON p.account_id = d.account_id AND p.external_id = d.external_id
          WHERE d.account_id = ? AND d.sku IN (${placeholders(skus.length)})`,
    params: [accountId, ...skus]
  }
}

/** One SKU of an operation: `items[]` lists a unit per entry, so its units are its entries. */
interface OperationLine {
  sku: number
  name: string
  units: number
}

function operationLines(operation: OzonFinanceOperation): OperationLine[] {
  const lines = new Map<number, OperationLine>()
  for (const item of operation.items ?? []) {
    const line = lines.get(item.sku)
    if (line) line.units += 1
    else lines.set(item.sku, { sku: item.sku, name: item.name, units: 1 })
  }
  return [...lines.values()]
}

/**
 * `total` cut into parts proportional to `weights`, in whole kopecks that add up to it exactly: each part is
 * rounded down and the kopecks left over go to the largest remainders, earliest first on a tie.
 */
export function splitKopecks(total: Kopecks, weights: readonly number[]): Kopecks[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0) return weights.map((_, k) => (k === 0 ? total : 0))
  const magnitude = BigInt(Math.abs(total))
  const big = weights.map((w) => BigInt(w))
  const whole = big.map((w) => (magnitude * w) / BigInt(sum))
  let left = magnitude - whole.reduce((a, b) => a + b, 0n)
  const byRemainder = big.map((w, k) => ({ k, remainder: (magnitude * w) % BigInt(sum) })).sort((a, b) => (a.remainder === b.remainder ? a.k - b.k : a.remainder > b.remainder ? -1 : 1))
  for (const { k } of byRemainder) {
    if (left === 0n) break
    whole[k]! += 1n
    left -= 1n
  }
  return whole.map((part) => (total < 0 ? -Number(part) : Number(part)) || 0)
}

/**
 * A page of finance operations: each one, whatever it is, with its charges in ozon_sale_details (keyed by
 * operation_id); a sale or return also as neutral sales rows, one per SKU (`operation_id`, or
 * `operation_id:sku` when it names several), linked to the posting's order line. Amounts are in the seller's
 * settlement `currency` with Ozon's signs: a return's accrual and payout are negative. An operation of several SKUs
 * is shared out by what the mirrored order lines cost, or by units when a line is not mirrored.
 */
export function salesPageWrite(
  accountId: string,
  operations: readonly OzonFinanceOperation[],
  lines: ReadonlyMap<string, MirroredLine>,
  skus: ReadonlyMap<number, MirroredSku>,
  currency: string,
  syncedAt: string
): PageWrite {
  const sales: unknown[][] = []
  const details: unknown[][] = []
  for (const operation of operations) {
    const postingNumber = operation.posting?.posting_number ?? ''
    const accruals = rublesToKopecks(operation.accruals_for_sale)
    const amount = rublesToKopecks(operation.amount)
    details.push(
      detailsRow.params({
        account_id: accountId,
        external_id: operation.operation_id,
        operation_type: operation.operation_type,
        operation_type_name: operation.operation_type_name,
        transaction_type: operation.type,
        operated_at: operation.operation_date,
        posting_number: postingNumber,
        delivery_schema: operation.posting?.delivery_schema ?? '',
        accruals_for_sale_kopecks: accruals,
        sale_commission_kopecks: rublesToKopecks(operation.sale_commission),
        delivery_charge_kopecks: rublesToKopecks(operation.delivery_charge),
        return_delivery_charge_kopecks: rublesToKopecks(operation.return_delivery_charge),
        amount_kopecks: amount,
        currency,
        services_json: JSON.stringify((operation.services ?? []).map((s) => ({ name: s.name, kopecks: rublesToKopecks(s.price) })))
      })
    )
    const kind = saleKindOf(operation.operation_type)
    if (!kind) continue
    const opLines = operationLines(operation)
    const lineOf = (line: OperationLine) => (postingNumber === '' ? undefined : lines.get(postingLineId(postingNumber, line.sku)))
    const known = opLines.map(lineOf)
    const weights = known.every((line) => line !== undefined && line.totalKopecks > 0)
      ? known.map((line) => line!.totalKopecks)
      : opLines.map((line) => line.units)
    const accrualShares = splitKopecks(accruals, weights)
    const payoutShares = splitKopecks(amount, weights)
    // A sale without items is still money paid: one row with no product.
    const rows: Array<OperationLine | null> = opLines.length > 0 ? opLines : [null]
    rows.forEach((line, k) => {
      const order = line ? known[k] : undefined
      const product = line ? skus.get(line.sku) : undefined
      const price = line ? accrualShares[k]! : accruals
      sales.push(
        saleRow.params({
          account_id: accountId,
          external_id: line && opLines.length > 1 ? `${operation.operation_id}:${line.sku}` : operation.operation_id,
          marketplace: 'ozon',
          order_external_id: line && postingNumber !== '' ? postingLineId(postingNumber, line.sku) : postingNumber,
          order_number: postingNumber,
          kind,
          sold_at: operation.operation_date,
          local_day: moscowDay(operation.operation_date),
          updated_at: operation.operation_date,
          warehouse_name: order?.warehouseName ?? '',
          region_name: order?.regionName ?? '',
          product_external_id: order?.productId || product?.productId || '',
          vendor_code: order?.vendorCode || product?.vendorCode || '',
          brand: product?.brand ?? '',
          category: product?.category ?? '',
          quantity: line?.units ?? 1,
          // Finance knows what the seller's price came to with the seller's discounts, not what the buyer paid.
          price_kopecks: price,
          seller_price_kopecks: price,
          buyer_price_kopecks: price,
          payout_kopecks: line ? payoutShares[k]! : amount,
          currency,
          search_text: searchText([postingNumber, operation.operation_id, line?.sku ?? null, order?.vendorCode || product?.vendorCode || '', line?.name ?? '']),
          synced_at: syncedAt
        })
      )
    })
  }
  return {
    steps: [
      { sql: saleRow.sql, params: sales },
      { sql: detailsRow.sql, params: details }
    ],
    rows: operations.length
  }
}
