/**
 * supplies-api FBW routes (07-orders-fbw.yaml): WB's warehouses, the supplies list with its filters, a supply's
 * details and goods. Errors are models.ErrorModel with the detail texts of the spec's examples.
 */
import { goodInSupply, supplyDetails, supplyListItem, type FbwSupply } from './fbw-supplies'
import { DAY_MS, parseMoscowDate } from './moscow-time'
import { wbWarehouses } from './places'
import { isIntegerList, parseIntegerText, parseJsonObject } from './request-parsing'
import { jsonReply, suppliesErrorReply, type Reply } from './replies'
import type { WbRoute } from './routing'
import type { WbWorld } from './world'

const AUTH_ORIGIN = 's2s-api-auth-catalog'
const dateTypes = { factDate: 'factMs', createDate: 'createMs', supplyDate: 'supplyMs', updatedDate: 'updatedMs' } as const
type DateType = keyof typeof dateTypes

export function suppliesRoutes(world: WbWorld): WbRoute[] {
  return [
    {
      method: 'GET', path: '/api/v1/warehouses', group: 'suppliesWarehouses', category: 'supplies', authOrigin: AUTH_ORIGIN,
      handle: () => jsonReply(200, wbWarehouses.map((warehouse) => ({
        ID: warehouse.id,
        name: warehouse.name,
        address: warehouse.address,
        workTime: '24/7',
        isActive: warehouse.isActive,
        isTransitActive: warehouse.isTransitActive
      })))
    },
    {
      method: 'POST', path: '/api/v1/supplies', group: 'supplies', category: 'supplies', authOrigin: AUTH_ORIGIN,
      handle: ({ query, body }) => listSupplies(world.fbwSupplies, query, body)
    },
    {
      method: 'GET', path: '/api/v1/supplies/{ID}', group: 'supplies', category: 'supplies', authOrigin: AUTH_ORIGIN,
      handle: ({ params, query }) => {
        const found = findSupply(world.fbwSupplies, params.ID!, query, true)
        return 'reply' in found ? found.reply : jsonReply(200, supplyDetails(found.supply, world.seed))
      }
    },
    {
      method: 'GET', path: '/api/v1/supplies/{ID}/goods', group: 'supplies', category: 'supplies', authOrigin: AUTH_ORIGIN,
      handle: ({ params, query }) => supplyGoods(world.fbwSupplies, params.ID!, query)
    }
  ]
}

/** Reads `limit`/`offset` the way the spec's BadLimitFormat/BadOffsetFormat examples refuse them. */
function paging(query: URLSearchParams, defaultLimit: number, contentType?: string): { limit: number; offset: number } | { reply: Reply } {
  const limit = query.has('limit') ? parseIntegerText(query.get('limit')) : defaultLimit
  if (limit === undefined || limit < 1 || limit > 1000) return { reply: suppliesErrorReply(400, 'Неверный формат limit', contentType) }
  const offset = query.has('offset') ? parseIntegerText(query.get('offset')) : 0
  if (offset === undefined || offset < 0) return { reply: suppliesErrorReply(400, 'Неверный формат offset', contentType) }
  return { limit, offset }
}

interface DateFilter {
  type: DateType
  fromMs: number
  /** Exclusive: the end of the `till` day. */
  untilMs: number
}

function listSupplies(supplies: readonly FbwSupply[], query: URLSearchParams, body: string): Reply {
  const page = paging(query, 1000)
  if ('reply' in page) return page.reply
  const filters = parseJsonObject(body)
  if (!filters) return suppliesErrorReply(400, 'Неверный формат тела запроса')
  const dates: DateFilter[] = []
  for (const entry of Array.isArray(filters.dates) ? filters.dates as unknown[] : []) {
    const { type, from, till } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
    if (typeof type !== 'string' || !(type in dateTypes)) {
      return suppliesErrorReply(400, "Выберите значение параметра 'Type' из списка: 'factDate createDate supplyDate updatedDate'")
    }
    const fromMs = from === undefined ? -Infinity : typeof from === 'string' ? parseMoscowDate(from) : undefined
    const tillMs = till === undefined ? Infinity : typeof till === 'string' ? parseMoscowDate(till) : undefined
    if (fromMs === undefined || tillMs === undefined) {
      const text = fromMs === undefined ? from : till
      return suppliesErrorReply(400, `ошибка при считывании даты "${String(text)}". Дата должна быть в формате ISO Date: 2006-01-02`)
    }
    dates.push({ type: type as DateType, fromMs, untilMs: tillMs + DAY_MS })
  }
  const statusIds = filters.statusIDs ?? []
  if (!isIntegerList(statusIds) || statusIds.some((id) => id < 1 || id > 6)) {
    const position = Array.isArray(statusIds) ? Math.max(0, statusIds.findIndex((id) => !Number.isInteger(id) || id < 1 || id > 6)) : 0
    return suppliesErrorReply(400, `Выберите значение параметра 'StatusIDs[${position}]' из списка: '1 2 3 4 5 6'`)
  }
  const matching = supplies
    .filter((supply) => statusIds.length === 0 || statusIds.includes(supply.statusId))
    .filter((supply) => dates.every((filter) => {
      const ms = supply[dateTypes[filter.type]]
      return ms !== null && ms >= filter.fromMs && ms < filter.untilMs
    }))
    .sort((a, b) => b.createMs - a.createMs)
  return jsonReply(200, matching.slice(page.offset, page.offset + page.limit).map(supplyListItem))
}

/** By supplyID, or by preorderID with `isPreorderID=true`. */
function findSupply(
  supplies: readonly FbwSupply[],
  idText: string,
  query: URLSearchParams,
  details: boolean,
  contentType?: string
): { supply: FbwSupply } | { reply: Reply } {
  if (/^\d{19,}$/.test(idText)) return { reply: suppliesErrorReply(400, 'id выходит за рамки int64', contentType) }
  const id = parseIntegerText(idText)
  if (id === undefined) return { reply: suppliesErrorReply(400, 'неверный формат id (должен быть int64)', contentType) }
  const flag = query.get('isPreorderID') ?? 'false'
  if (flag !== 'true' && flag !== 'false') return { reply: suppliesErrorReply(400, 'Неверный формат isPreorderID', contentType) }
  const supply = flag === 'true'
    ? supplies.find((candidate) => candidate.preorderId !== 0 && candidate.preorderId === id)
    : supplies.find((candidate) => candidate.supplyId === id)
  if (supply && flag === 'true' && details && supply.supplyId !== null) {
    return {
      reply: suppliesErrorReply(400, `fail to get supply details: по заказу ${id} найдена поставка ${supply.supplyId}. Используйте поиск по ID поставки`)
    }
  }
  if (supply) return { supply }
  return details
    ? { reply: suppliesErrorReply(404, `поставка ${id} не найдена`) }
    : { reply: suppliesErrorReply(400, 'fail to get box barcodes info: fail to get barcodes info: internal error: get supply by id: Поставка не найдена', contentType) }
}

/** The spec declares this route's 400 as text/plain (with a JSON body). */
function supplyGoods(supplies: readonly FbwSupply[], idText: string, query: URLSearchParams): Reply {
  const textPlain = 'text/plain; charset=utf-8'
  const page = paging(query, 100, textPlain)
  if ('reply' in page) return page.reply
  const found = findSupply(supplies, idText, query, false, textPlain)
  if ('reply' in found) return found.reply
  return jsonReply(200, found.supply.goods.slice(page.offset, page.offset + page.limit).map(goodInSupply))
}
