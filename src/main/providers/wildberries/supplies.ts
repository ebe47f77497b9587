import { SferaError } from '../../../shared/domain/errors'
import type { MirrorAccess } from '../../sync/mirror-access'
import type { ProviderDeps } from '../provider'
import type { WbClient } from './client'
import { wbClientFor } from './job-client'
import { wbSupplyOrdersChunk } from './limits'
import {
  createdSupplyWrite,
  fbsSupply,
  ordersAddedWrite,
  ordersForSupply,
  supplyDeliveredWrite,
  supplyTraits,
  type FbsSupplyRow,
  type SupplyOrderRow,
  type SupplyOrderTraits
} from './supplies-store'

/** WB's limit on a supply name (03-orders-fbs.yaml POST /api/v3/supplies). */
const NAME_MAX = 128
const LISTED_IDS = 5

/**
 * Creates an FBS supply and adds every order to it, 100 per request. The mirror records the supply as soon as WB
 * has it and each chunk's orders as soon as WB took them, so a failure part-way leaves it true to WB; the error
 * then says how many orders went in (`added`) and names the supply.
 */
export async function createFbsSupply(
  deps: ProviderDeps,
  mirror: MirrorAccess,
  input: { name: string; orderIds: readonly number[] },
  signal: AbortSignal
): Promise<{ supplyId: string; added: number }> {
  const accountId = deps.account.id
  const name = input.name.trim()
  const length = [...name].length
  if (length === 0 || length > NAME_MAX) {
    throw new SferaError('invalid_input', `Название поставки — от 1 до ${NAME_MAX} символов`, { field: 'name' })
  }
  const orderIds = validOrders(mirror, accountId, input.orderIds, null)
  const client = await wbClientFor(deps, signal)
  const supplyId = await client.createSupply(name)
  mirror.write(createdSupplyWrite(accountId, supplyId, name, new Date().toISOString()))
  const added = await addInChunks(client, mirror, accountId, supplyId, orderIds)
  return { supplyId, added }
}

/** Adds orders to an open supply, 100 per request, recording each chunk WB took. */
export async function addOrdersToFbsSupply(
  deps: ProviderDeps,
  mirror: MirrorAccess,
  supplyId: string,
  orderIds: readonly number[],
  signal: AbortSignal
): Promise<{ added: number }> {
  const accountId = deps.account.id
  requireOpenSupply(mirror, accountId, supplyId)
  const valid = validOrders(mirror, accountId, orderIds, supplyId)
  const client = await wbClientFor(deps, signal)
  return { added: await addInChunks(client, mirror, accountId, supplyId, valid) }
}

/**
 * Hands the supply over for delivery. WB closes it and moves its orders to 'complete'
 * (03-orders-fbs.yaml PATCH /api/v3/supplies/{supplyId}/deliver); the mirror does the same.
 */
export async function deliverFbsSupply(deps: ProviderDeps, mirror: MirrorAccess, supplyId: string, signal: AbortSignal): Promise<void> {
  const accountId = deps.account.id
  requireOpenSupply(mirror, accountId, supplyId)
  const client = await wbClientFor(deps, signal)
  await client.deliverSupply(supplyId)
  mirror.write(supplyDeliveredWrite(accountId, supplyId, new Date().toISOString()))
}

async function addInChunks(
  client: WbClient,
  mirror: MirrorAccess,
  accountId: string,
  supplyId: string,
  orderIds: readonly number[]
): Promise<number> {
  let added = 0
  for (let i = 0; i < orderIds.length; i += wbSupplyOrdersChunk) {
    const chunk = orderIds.slice(i, i + wbSupplyOrdersChunk)
    try {
      await client.addOrdersToSupply(supplyId, chunk)
    } catch (error) {
      throw partlyAdded(error, supplyId, added, orderIds.length)
    }
    mirror.write(ordersAddedWrite(accountId, supplyId, chunk, new Date().toISOString()))
    added += chunk.length
  }
  return added
}

function partlyAdded(error: unknown, supplyId: string, added: number, total: number): SferaError {
  const cause = error instanceof SferaError ? error : new SferaError('internal', 'Внутренняя ошибка')
  return new SferaError(cause.code, `В поставку ${supplyId} добавлено ${added} из ${total} заказов: ${cause.message}`, {
    ...(cause.params ?? {}),
    supplyId,
    added,
    total
  })
}

function requireOpenSupply(mirror: MirrorAccess, accountId: string, supplyId: string): void {
  const [supply] = mirror.read<FbsSupplyRow>(fbsSupply(accountId, supplyId))
  if (!supply) {
    throw new SferaError('not_found', 'Поставка не найдена: обновите данные кабинета', { entity: 'supply', supplyId })
  }
  if (supply.done === 1) {
    throw new SferaError('invalid_input', 'Поставка уже передана в доставку: добавить или закрыть её нельзя', {
      field: 'supplyId',
      supplyId
    })
  }
}

/**
 * What WB would refuse part-way is refused before the first request: orders of another cabinet, not new, already
 * in another supply, or of different warehouses or cargo types (a supply takes one of each, 03-orders-fbs.yaml).
 * Orders already in this supply are left out.
 */
function validOrders(mirror: MirrorAccess, accountId: string, requested: readonly number[], supplyId: string | null): number[] {
  const orderIds = [...new Set(requested)]
  if (orderIds.length === 0 || !orderIds.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw new SferaError('invalid_input', 'Выберите сборочные задания для поставки', { field: 'orderIds' })
  }
  const found = new Map(mirror.read<SupplyOrderRow>(ordersForSupply(accountId, orderIds)).map((o) => [o.orderId, o]))
  refuse(
    orderIds.filter((id) => !found.has(id)),
    'Этих сборочных заданий нет в кабинете (обновите данные)',
    'not_found'
  )
  const rows = orderIds.map((id) => found.get(id) as SupplyOrderRow)
  refuse(
    rows.filter((o) => o.supplyId !== null && o.supplyId !== supplyId).map((o) => o.orderId),
    'Эти сборочные задания уже в другой поставке',
    'in_other_supply'
  )
  const joining = rows.filter((o) => o.supplyId === null)
  refuse(
    joining.filter((o) => o.supplierStatus !== 'new').map((o) => o.orderId),
    'Эти сборочные задания уже не новые',
    'not_new'
  )
  const traits = [...joining, ...(supplyId ? mirror.read<SupplyOrderTraits>(supplyTraits(accountId, supplyId)) : [])]
  if (new Set(traits.map((t) => t.warehouseId)).size > 1) {
    throw new SferaError('invalid_input', 'В одну поставку можно собрать заказы только одного склада', {
      field: 'orderIds',
      issue: 'mixed_warehouses'
    })
  }
  if (new Set(traits.map((t) => t.cargoType)).size > 1) {
    throw new SferaError('invalid_input', 'В одну поставку можно собрать заказы только одного габаритного типа', {
      field: 'orderIds',
      issue: 'mixed_cargo_types'
    })
  }
  return joining.map((o) => o.orderId)
}

function refuse(orderIds: readonly number[], message: string, issue: string): void {
  if (orderIds.length === 0) return
  const listed = orderIds.slice(0, LISTED_IDS).join(', ')
  const more = orderIds.length > LISTED_IDS ? ` и ещё ${orderIds.length - LISTED_IDS}` : ''
  throw new SferaError('invalid_input', `${message}: ${listed}${more}`, { field: 'orderIds', issue, count: orderIds.length })
}
