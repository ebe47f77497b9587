/**
 * `POST /v3/finance/transaction/list`: `page` (from 1) and `page_size` (1..1000) required; `filter` is one of
 * `posting_number` (every operation of that posting) or `date {from, to}` (RFC 3339), a period of at most one month
 * ("The maximum period for which you can get information in one request is 1 month"), refused with 400 otherwise;
 * `operation_type[]` and `transaction_type` (all, orders, returns, services, compensation, transferDelivery,
 * other) narrow it. Operations come in date order; `page_count` and `row_count` count the whole match, and a page
 * past the last is empty. `operation_date` is written `YYYY-MM-DD hh:mm:ss` in UTC, as the spec's example writes it.
 * The spec asks for requests one after another; the sandbox serves them however they come. Error texts are the
 * sandbox's wording.
 */
import { amountOf, financeOperationsOf, type FinanceOperation, type TransactionType } from './finance'
import { invalidArgumentReply, jsonReply, type Reply } from './replies'
import { RequestError, ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { addMonths, parseTimestamp } from './time'
import type { OzonWorld } from './world'

const MAX_PAGE_SIZE = 1000
const MESSAGE = 'FinanceTransactionListV3Request'
const transactionTypes: readonly ('all' | TransactionType)[] = ['all', 'orders', 'returns', 'services', 'compensation', 'transferDelivery', 'other']

/** `2021-11-01 00:00:00`: the operation's moment in UTC, without an offset. */
function operationDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

const roubles = (kopecks: number) => kopecks / 100

function operationJson(operation: FinanceOperation) {
  return {
    operation_id: operation.operationId,
    operation_type: operation.operationType,
    operation_date: operationDate(operation.atMs),
    operation_type_name: operation.operationTypeName,
    delivery_charge: roubles(operation.deliveryCharge),
    return_delivery_charge: roubles(operation.returnDeliveryCharge),
    accruals_for_sale: roubles(operation.accrualsForSale),
    sale_commission: roubles(operation.saleCommission),
    amount: roubles(amountOf(operation)),
    type: operation.type,
    posting: {
      delivery_schema: operation.posting?.deliverySchema ?? '',
      order_date: operation.posting?.orderDateMs ? operationDate(operation.posting.orderDateMs) : '',
      posting_number: operation.posting?.postingNumber ?? '',
      warehouse_id: operation.posting?.warehouseId ?? 0
    },
    items: operation.items.map((item) => ({ name: item.name, sku: item.sku })),
    services: operation.services.map((service) => ({ name: service.name, price: roubles(service.kopecks) }))
  }
}

function instantOf(fields: Fields, name: string): number {
  const text = fields.string(name)
  if (text === undefined) throw ruleBroken(`${MESSAGE}.Filter.Date`, name === 'from' ? 'From' : 'To', 'value is required')
  const ms = parseTimestamp(text)
  if (ms === undefined) throw new RequestError(`proto: invalid value for google.protobuf.Timestamp field filter.date.${name}: ${JSON.stringify(text)}`)
  return ms
}

function positiveInteger(body: Fields, name: string, field: string, max?: number): number {
  const value = body.integer(name) ?? 0
  if (value < 1) throw ruleBroken(MESSAGE, field, 'value must be greater than 0')
  if (max !== undefined && value > max) throw ruleBroken(MESSAGE, field, `value must be less than or equal to ${max}`)
  return value
}

function list(operations: readonly FinanceOperation[], body: Fields): Reply {
  const page = positiveInteger(body, 'page', 'Page')
  const pageSize = positiveInteger(body, 'page_size', 'PageSize', MAX_PAGE_SIZE)
  const filter = body.object('filter')
  const postingNumber = filter?.string('posting_number') ?? ''
  const date = filter?.object('date')
  if (postingNumber === '' && !date) throw ruleBroken(MESSAGE, 'Filter', 'either posting_number or date is required')
  let period: { fromMs: number; toMs: number } | undefined
  if (date) {
    const fromMs = instantOf(date, 'from')
    const toMs = instantOf(date, 'to')
    if (toMs < fromMs) throw ruleBroken(`${MESSAGE}.Filter.Date`, 'To', 'value must be after from')
    if (toMs > addMonths(fromMs, 1)) return invalidArgumentReply('the period must not be longer than one month')
    period = { fromMs, toMs }
  }
  const operationTypes = filter?.stringList('operation_type') ?? []
  const typeSet = operationTypes.length > 0 ? new Set(operationTypes) : undefined
  const transactionType = filter?.enumValue('transaction_type', transactionTypes) ?? 'all'
  const matching = operations.filter((operation) =>
    (postingNumber === '' || operation.posting?.postingNumber === postingNumber)
    && (!period || (operation.atMs >= period.fromMs && operation.atMs <= period.toMs))
    && (!typeSet || typeSet.has(operation.operationType))
    && (transactionType === 'all' || operation.type === transactionType))
  const start = (page - 1) * pageSize
  return jsonReply(200, {
    result: {
      operations: matching.slice(start, start + pageSize).map(operationJson),
      page_count: Math.ceil(matching.length / pageSize),
      row_count: matching.length
    }
  })
}

export function financeRoutes(world: OzonWorld): OzonRoute[] {
  // Built once the world is: delivered postings and their returns do not change while the sandbox runs.
  const operations = financeOperationsOf(world)
  return [{ path: '/v3/finance/transaction/list', needsRole: true, handle: ({ body }) => list(operations, body) }]
}
