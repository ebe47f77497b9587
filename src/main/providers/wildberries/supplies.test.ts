import { afterEach, describe, expect, it } from 'vitest'
import { SferaError } from '../../../shared/domain/errors'
import { sqliteMirrorAccess } from '../../sync/mirror-access'
import { wbClientFor } from './job-client'
import { addOrdersToFbsSupply, createFbsSupply, deliverFbsSupply } from './supplies'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

const signal = () => new AbortController().signal

describe('FBS supply actions', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())
  /** The mirror as SuppliesService hands it to the actions. */
  const mirror = () => sqliteMirrorAccess(bench.mirror.sqlite)

  /** `count` new orders of one warehouse, mirrored as WB lists them (a supply takes orders of one warehouse). */
  async function newOrders(count: number): Promise<number[]> {
    const added = bench.sandbox.addNewOrders(count * 4)
    await bench.sync(['fbs_orders'])
    const [busiest] = bench.rows<{ warehouse_id: number }>(
      `SELECT warehouse_id FROM wb_fbs_orders WHERE order_id IN (${added.join(', ')}) GROUP BY warehouse_id ORDER BY count(*) DESC LIMIT 1`
    )
    const ids = bench
      .rows<{ order_id: number }>(
        `SELECT order_id FROM wb_fbs_orders WHERE order_id IN (${added.join(', ')}) AND warehouse_id = ? ORDER BY order_id LIMIT ?`,
        busiest!.warehouse_id,
        count
      )
      .map((r) => r.order_id)
    expect(ids).toHaveLength(count)
    return ids
  }

  const mirrored = (supplyId: string) =>
    bench.rows<{ order_id: number; supplier_status: string }>(
      'SELECT order_id, supplier_status FROM wb_fbs_orders WHERE supply_id = ? ORDER BY order_id',
      supplyId
    )

  const attempt = async (action: Promise<unknown>): Promise<SferaError> => {
    const error = await action.catch((e: unknown) => e)
    if (!(error instanceof SferaError)) throw new Error(`expected a SferaError, got ${String(error)}`)
    return error
  }

  it('adds all 150 orders in two requests of at most 100 and the mirror shows every one', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 30, fbsOrderCount: 200 } })
    const orderIds = await newOrders(150)
    const { supplyId, added } = await createFbsSupply(bench.deps, mirror(), { name: 'Утренняя отгрузка', orderIds }, signal())
    expect(added).toBe(150)
    const patches = bench.requests.filter((r) => r.method === 'PATCH')
    expect(patches.map((p) => (p.json as { orders: number[] }).orders.length)).toEqual([100, 50])
    expect(patches.every((p) => p.path === `/api/marketplace/v3/supplies/${supplyId}/orders`)).toBe(true)
    expect(mirrored(supplyId)).toEqual(orderIds.map((id) => ({ order_id: id, supplier_status: 'confirm' })))
    expect(bench.rows('SELECT name, done FROM wb_fbs_supplies WHERE supply_id = ?', supplyId)).toEqual([{ name: 'Утренняя отгрузка', done: 0 }])
    const client = await wbClientFor(bench.deps, signal())
    expect(await client.supplyOrderIds(supplyId)).toEqual([...orderIds].sort((a, b) => a - b))
  })

  it('a chunk that fails leaves the mirror true to WB and the error says how many went in', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 30, fbsOrderCount: 200 } })
    const orderIds = await newOrders(230)
    let patches = 0
    bench.failNext(
      (req) => req.method === 'PATCH' && ++patches === 2,
      new SferaError('network_unreachable', 'Нет соединения с сервисом')
    )
    const error = await attempt(createFbsSupply(bench.deps, mirror(), { name: 'Вечерняя', orderIds }, signal()))
    expect(error.code).toBe('network_unreachable')
    const supplyId = String(error.params?.supplyId)
    expect(error.params).toMatchObject({ added: 100, total: 230 })
    expect(error.message).toContain('добавлено 100 из 230')
    const client = await wbClientFor(bench.deps, signal())
    expect(mirrored(supplyId).map((r) => r.order_id)).toEqual(await client.supplyOrderIds(supplyId))
    expect(mirrored(supplyId)).toHaveLength(100)

    // The rest can be added afterwards; orders already in the supply are skipped.
    expect(await addOrdersToFbsSupply(bench.deps, mirror(), supplyId, orderIds, signal())).toEqual({ added: 130 })
    expect(mirrored(supplyId)).toHaveLength(230)
  })

  it('refuses orders that are unknown, not new, or in another supply before calling WB', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 30, fbsOrderCount: 200 } })
    const orderIds = await newOrders(3)
    const { supplyId } = await createFbsSupply(bench.deps, mirror(), { name: 'Первая', orderIds: [orderIds[0]!] }, signal())
    const confirmed = bench.rows<{ order_id: number }>("SELECT order_id FROM wb_fbs_orders WHERE supplier_status = 'complete' LIMIT 1")[0]!.order_id
    bench.requests.length = 0

    const cases: Array<[number[], string]> = [
      [[orderIds[1]!, 424242424242], 'not_found'],
      [[orderIds[1]!, confirmed], 'in_other_supply'],
      [[orderIds[0]!, orderIds[1]!], 'in_other_supply']
    ]
    for (const [ids, issue] of cases) {
      const error = await attempt(createFbsSupply(bench.deps, mirror(), { name: 'Вторая', orderIds: ids }, signal()))
      expect(error).toMatchObject({ code: 'invalid_input', params: { field: 'orderIds', issue } })
    }
    bench.mirror.sqlite.prepare("UPDATE wb_fbs_orders SET supplier_status = 'cancel' WHERE order_id = ?").run(orderIds[2])
    const notNew = await attempt(addOrdersToFbsSupply(bench.deps, mirror(), supplyId, [orderIds[2]!], signal()))
    expect(notNew).toMatchObject({ code: 'invalid_input', params: { issue: 'not_new' } })
    expect(notNew.message).toContain(String(orderIds[2]))
    const noName = await attempt(createFbsSupply(bench.deps, mirror(), { name: '  ', orderIds }, signal()))
    expect(noName).toMatchObject({ code: 'invalid_input', params: { field: 'name' } })
    expect(bench.requests).toHaveLength(0)
  })

  it('delivers a supply: closed in the mirror, its orders complete, as WB has them', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 30, fbsOrderCount: 200 } })
    const orderIds = await newOrders(5)
    const { supplyId } = await createFbsSupply(bench.deps, mirror(), { name: 'Сдать сегодня', orderIds }, signal())
    await deliverFbsSupply(bench.deps, mirror(), supplyId, signal())
    const [supply] = bench.rows<{ done: number; closed_at: string | null }>('SELECT done, closed_at FROM wb_fbs_supplies WHERE supply_id = ?', supplyId)
    expect(supply!.done).toBe(1)
    expect(supply!.closed_at).not.toBeNull()
    expect(mirrored(supplyId).every((r) => r.supplier_status === 'complete')).toBe(true)
    const client = await wbClientFor(bench.deps, signal())
    const statuses = await client.orderStatuses(orderIds)
    expect(statuses.every((s) => s.supplierStatus === 'complete')).toBe(true)

    const again = await attempt(deliverFbsSupply(bench.deps, mirror(), supplyId, signal()))
    expect(again).toMatchObject({ code: 'invalid_input', params: { field: 'supplyId' } })
  })

  it('shows WB’s own reason when WB refuses a write', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 30, fbsOrderCount: 200 } })
    await newOrders(1)
    const client = await wbClientFor(bench.deps, signal())
    const supplyId = await client.createSupply('Пустая')
    bench.mirror.sqlite
      .prepare("INSERT INTO wb_fbs_supplies (account_id, supply_id, created_at, done, synced_at) VALUES (?, ?, '2026-11-28T00:00:00Z', 0, 'x')")
      .run(bench.account.id, supplyId)
    const error = await attempt(deliverFbsSupply(bench.deps, mirror(), supplyId, signal()))
    expect(error.params).toMatchObject({ status: 409, service: 'Wildberries' })
    expect(String(error.params?.detail)).toContain('хотя бы одно сборочное задание')
  })
})
