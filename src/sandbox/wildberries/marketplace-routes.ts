/**
 * marketplace-api routes (02-items.yaml seller warehouses and stocks, 03-orders-fbs.yaml assembly tasks and
 * supplies). Errors are `{code, message, data}` with the codes the specs' examples use.
 */
import { locateChrtId } from './catalog'
import type { FbsDesk, FbsSupply } from './fbs-desk'
import { newOrderJson, orderJson } from './fbs-orders'
import { wbOffices } from './places'
import { isIntegerList, parseIntegerText, parseJsonObject } from './request-parsing'
import { jsonReply, marketplaceErrorReply, noContentReply, type Reply } from './replies'
import type { WbRoute } from './routing'
import { fbsStockAmount } from './seller-warehouses'
import { formatSeconds } from './time'
import type { WbWorld } from './world'

const AUTH_ORIGIN = 's2s-api-auth-catalog'
const DAY_S = 24 * 60 * 60
const MAX_RANGE_S = 30 * DAY_S
/** "Created no more than 3 months ago": the longest three calendar months, so no client's month is too short. */
const MAX_AGE_S = 92 * DAY_S

const incorrectParameter = (message = 'Передан некорректный параметр') => marketplaceErrorReply(400, 'IncorrectParameter', message)
const incorrectBody = () => marketplaceErrorReply(400, 'IncorrectRequestBody', 'Некорректное тело запроса')
const notFound = () => marketplaceErrorReply(404, 'NotFound', 'Не найдено')

export function marketplaceRoutes(world: WbWorld): WbRoute[] {
  const { desk } = world
  const route = (method: WbRoute['method'], path: string, group: WbRoute['group'], handle: WbRoute['handle']): WbRoute =>
    ({ method, path, group, category: 'marketplace', authOrigin: AUTH_ORIGIN, handle })
  return [
    route('GET', '/api/v3/warehouses', 'marketplaceWarehouses', () => jsonReply(200, world.sellerWarehouses)),
    route('GET', '/api/v3/offices', 'marketplaceWarehouses', () => {
      const bound = new Set(world.sellerWarehouses.map((warehouse) => warehouse.officeId))
      return jsonReply(200, wbOffices.map((office) => ({ ...office, selected: bound.has(office.id) })))
    }),
    route('POST', '/api/v3/stocks/{warehouseId}', 'marketplaceStocks', ({ params, body }) => readStocks(world, params.warehouseId!, body)),
    route('GET', '/api/v3/orders', 'marketplace', ({ query, nowMs }) => listOrders(world, query, nowMs)),
    route('GET', '/api/v3/orders/new', 'marketplace', () =>
      jsonReply(200, { orders: desk.newOrders().map((view) => newOrderJson(view.facts, world.seed)) })),
    route('POST', '/api/v3/orders/status', 'marketplace', ({ body }) => orderStatuses(desk, body)),
    route('POST', '/api/v3/supplies', 'marketplace', ({ body }) => createSupply(desk, body)),
    route('GET', '/api/v3/supplies', 'marketplace', ({ query }) => listSupplies(desk, query)),
    route('GET', '/api/v3/supplies/{supplyId}', 'marketplace', ({ params }) => {
      const supply = desk.supply(params.supplyId!)
      return supply ? jsonReply(200, supplyJson(desk, supply)) : notFound()
    }),
    route('PATCH', '/api/marketplace/v3/supplies/{supplyId}/orders', 'marketplace', ({ params, body }) => addOrders(desk, params.supplyId!, body)),
    route('GET', '/api/marketplace/v3/supplies/{supplyId}/order-ids', 'marketplace', ({ params }) => {
      const supply = desk.supply(params.supplyId!)
      return supply ? jsonReply(200, { orderIds: desk.orderIdsOf(supply) }) : notFound()
    }),
    route('PATCH', '/api/v3/supplies/{supplyId}/deliver', 'marketplace', ({ params }) => {
      const result = desk.deliver(params.supplyId!)
      return result.ok ? noContentReply() : marketplaceErrorReply(result.status, result.code, result.message)
    })
  ]
}

function readStocks(world: WbWorld, warehouseText: string, body: string): Reply {
  const warehouseId = parseIntegerText(warehouseText)
  if (warehouseId === undefined) return incorrectParameter()
  if (!world.sellerWarehouses.some((warehouse) => warehouse.id === warehouseId)) return notFound()
  const chrtIds = parseJsonObject(body)?.chrtIds
  if (!isIntegerList(chrtIds)) return incorrectBody()
  if (chrtIds.length > 1000) return marketplaceErrorReply(400, 'IncorrectRequest', 'Переданы некорректные данные')
  const stocks = [...new Set(chrtIds)]
    .filter((chrtId) => {
      const located = locateChrtId(chrtId, world.seed)
      return located !== undefined && located.index < world.cardCount
    })
    .map((chrtId) => ({ chrtId, amount: fbsStockAmount(world.seed, warehouseId, chrtId) }))
  return jsonReply(200, { stocks })
}

function listOrders(world: WbWorld, query: URLSearchParams, nowMs: number): Reply {
  const limit = parseIntegerText(query.get('limit'))
  const next = parseIntegerText(query.get('next'))
  if (limit === undefined || limit < 1 || limit > 1000) return incorrectParameter('Параметр limit обязателен и должен быть от 1 до 1000')
  if (next === undefined || next < 0) return incorrectParameter('Параметр next обязателен и должен быть неотрицательным')
  const nowS = Math.floor(nowMs / 1000)
  const dateTo = query.has('dateTo') ? parseIntegerText(query.get('dateTo')) : nowS
  const dateFrom = query.has('dateFrom') ? parseIntegerText(query.get('dateFrom')) : Math.max(0, (dateTo ?? nowS) - MAX_RANGE_S)
  if (dateFrom === undefined || dateTo === undefined || dateFrom < 0 || dateTo < dateFrom) {
    return incorrectParameter('Параметры dateFrom и dateTo должны быть Unix-временем, dateFrom не позже dateTo')
  }
  if (dateTo - dateFrom > MAX_RANGE_S) return incorrectParameter('Период запроса не может превышать 30 дней')
  if (dateFrom < nowS - MAX_AGE_S) return incorrectParameter('Можно получить сборочные задания, созданные не более 3 месяцев назад')
  const views = world.desk.ordersCreatedBetween(dateFrom * 1000, dateTo * 1000, next, limit)
  return jsonReply(200, {
    next: views.at(-1)?.facts.id ?? next,
    orders: views.map((view) => orderJson(view.facts, view.status, view.supplyId, world.seed))
  })
}

function orderStatuses(desk: FbsDesk, body: string): Reply {
  const ids = parseJsonObject(body)?.orders
  if (!isIntegerList(ids)) return incorrectBody()
  if (ids.length < 1 || ids.length > 1000) return incorrectParameter('Список orders должен содержать от 1 до 1000 сборочных заданий')
  const orders = ids.flatMap((id) => {
    const view = desk.order(id)
    if (!view) return []
    const { supplierStatus, wbStatus } = view.status
    return [{ id, isCancellable: supplierStatus === 'new' || supplierStatus === 'confirm', supplierStatus, wbStatus }]
  })
  return jsonReply(200, { orders })
}

function createSupply(desk: FbsDesk, body: string): Reply {
  const name = parseJsonObject(body)?.name
  if (typeof name !== 'string' || name.length < 1 || [...name].length > 128) return incorrectBody()
  return jsonReply(201, { id: desk.createSupply(name).id })
}

function listSupplies(desk: FbsDesk, query: URLSearchParams): Reply {
  const limit = parseIntegerText(query.get('limit'))
  const next = parseIntegerText(query.get('next'))
  if (limit === undefined || limit < 1 || limit > 1000) return incorrectParameter('Параметр limit обязателен и должен быть от 1 до 1000')
  if (next === undefined || next < 0) return incorrectParameter('Параметр next обязателен и должен быть неотрицательным')
  const page = desk.supplies().filter((supply) => supply.seq > next).slice(0, limit)
  return jsonReply(200, { next: page.at(-1)?.seq ?? next, supplies: page.map((supply) => supplyJson(desk, supply)) })
}

function addOrders(desk: FbsDesk, supplyId: string, body: string): Reply {
  const ids = parseJsonObject(body)?.orders
  if (!isIntegerList(ids)) return incorrectBody()
  if (ids.length < 1 || ids.length > 100) return incorrectParameter('Список orders должен содержать от 1 до 100 сборочных заданий')
  const result = desk.addOrders(supplyId, ids)
  return result.ok ? noContentReply() : marketplaceErrorReply(result.status, result.code, result.message)
}

/** 03-orders-fbs.yaml Supply: cargo, B2B and destination come from the orders in it, null while it is empty. */
function supplyJson(desk: FbsDesk, supply: FbsSupply): Record<string, unknown> {
  const firstId = desk.orderIdsOf(supply)[0]
  const first = firstId === undefined ? undefined : desk.order(firstId)
  const closed = supply.closedAtMs !== null
  return {
    id: supply.id,
    isB2b: first ? false : null,
    isPickupPointShipmentAllowed: true,
    done: closed,
    createdAt: formatSeconds(supply.createdAtMs),
    closedAt: supply.closedAtMs === null ? null : formatSeconds(supply.closedAtMs),
    scanDt: supply.scanAtMs === null ? null : formatSeconds(supply.scanAtMs),
    name: supply.name,
    cargoType: first ? first.facts.warehouse.cargoType : 0,
    crossBorderType: first ? 0 : null,
    destinationOfficeId: first ? first.facts.warehouse.officeId : null,
    recommendedWhId: closed && first ? 507 : 0
  }
}
