import { afterEach, describe, expect, it } from 'vitest'
import { startWbSandbox, type WbSandbox } from './index'
import { manualClock, wbJson, wbRequest } from './test-helpers'

const running: WbSandbox[] = []

async function sandbox(): Promise<WbSandbox> {
  const started = await startWbSandbox({ rateLimits: false, cardCount: 200, now: manualClock().now })
  running.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

interface Supply {
  id: string
  done: boolean
  closedAt: string | null
  cargoType: number
  isB2b: boolean | null
  destinationOfficeId: number | null
}

function desk(wb: WbSandbox) {
  return {
    warehouses: () => wbJson<Array<{ id: number; officeId: number }>>(wb.url, wb.token, 'GET', '/api/v3/warehouses'),
    create: async (name: string) => (await wbJson<{ id: string }>(wb.url, wb.token, 'POST', '/api/v3/supplies', { name }, 201)).id,
    supply: (id: string) => wbJson<Supply>(wb.url, wb.token, 'GET', `/api/v3/supplies/${id}`),
    add: (id: string, orders: unknown) => wbRequest(wb.url, wb.token, 'PATCH', `/api/marketplace/v3/supplies/${id}/orders`, { orders }),
    orderIds: async (id: string) => (await wbJson<{ orderIds: number[] }>(wb.url, wb.token, 'GET', `/api/marketplace/v3/supplies/${id}/order-ids`)).orderIds,
    deliver: (id: string) => wbRequest(wb.url, wb.token, 'PATCH', `/api/v3/supplies/${id}/deliver`),
    statuses: async (ids: number[]) =>
      (await wbJson<{ orders: Array<{ id: number; supplierStatus: string; wbStatus: string }> }>(wb.url, wb.token, 'POST', '/api/v3/orders/status', { orders: ids })).orders,
    newOrderIds: async () => (await wbJson<{ orders: Array<{ id: number }> }>(wb.url, wb.token, 'GET', '/api/v3/orders/new')).orders.map((order) => order.id)
  }
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status)
  expect(await response.json()).toMatchObject({ code, message: expect.any(String), data: null })
}

describe('FBS supply flow', () => {
  it('creates a supply, takes 150 new orders in two PATCHes of at most 100, lists them and delivers them', async () => {
    const wb = await sandbox()
    const api = desk(wb)
    const [warehouse] = await api.warehouses()
    const fresh = wb.addNewOrders(150, { warehouseId: warehouse!.id })
    expect(await api.newOrderIds()).toEqual(expect.arrayContaining(fresh))

    const supplyId = await api.create('Поставка на вечер')
    expect(supplyId).toMatch(/^WB-GI-\d+$/)
    expect(await api.supply(supplyId)).toMatchObject({ done: false, closedAt: null, cargoType: 0, isB2b: null, destinationOfficeId: null })
    expect((await api.add(supplyId, fresh.slice(0, 100))).status).toBe(204)
    expect((await api.add(supplyId, fresh.slice(100))).status).toBe(204)

    expect(await api.orderIds(supplyId)).toEqual([...fresh].sort((a, b) => a - b))
    expect((await api.statuses(fresh)).every((order) => order.supplierStatus === 'confirm' && order.wbStatus === 'waiting')).toBe(true)
    expect(await api.newOrderIds()).not.toEqual(expect.arrayContaining([fresh[0]]))
    expect(await api.supply(supplyId)).toMatchObject({ done: false, cargoType: 1, isB2b: false, destinationOfficeId: warehouse!.officeId })

    expect((await api.deliver(supplyId)).status).toBe(204)
    const delivered = await api.supply(supplyId)
    expect(delivered.done).toBe(true)
    expect(delivered.closedAt).toMatch(/Z$/)
    expect((await api.statuses(fresh)).every((order) => order.supplierStatus === 'complete')).toBe(true)
    expect(await api.orderIds(supplyId)).toHaveLength(150)

    const listed = await wbJson<{ orders: Array<{ id: number; supplyId?: string }> }>(wb.url, wb.token, 'GET', '/api/v3/orders?limit=1000&next=0')
    expect(listed.orders.filter((order) => order.supplyId === supplyId).map((order) => order.id).sort()).toEqual([...fresh].sort())
  })

  it('refuses 0 or 101 orders with 400 and unknown supplies with 404', async () => {
    const wb = await sandbox()
    const api = desk(wb)
    const supplyId = await api.create('Пробная')
    await expectError(await api.add(supplyId, Array.from({ length: 101 }, (_, k) => k + 1)), 400, 'IncorrectParameter')
    await expectError(await api.add(supplyId, []), 400, 'IncorrectParameter')
    await expectError(await api.add(supplyId, 'all'), 400, 'IncorrectRequestBody')
    await expectError(await api.add('WB-GI-404', [1]), 404, 'NotFound')
    await expectError(await api.deliver('WB-GI-404'), 404, 'NotFound')
    await expectError(await wbRequest(wb.url, wb.token, 'POST', '/api/v3/supplies', { name: '' }), 400, 'IncorrectRequestBody')
    await expectError(await wbRequest(wb.url, wb.token, 'POST', '/api/v3/supplies', { name: 'я'.repeat(129) }), 400, 'IncorrectRequestBody')
  })

  it('adds all orders or none: mixed warehouses, finished or unknown orders and closed supplies answer 409', async () => {
    const wb = await sandbox()
    const api = desk(wb)
    const [first, second] = await api.warehouses()
    const [a1, a2] = wb.addNewOrders(2, { warehouseId: first!.id })
    const [b1] = wb.addNewOrders(1, { warehouseId: second!.id })
    const supplyId = await api.create('Смешанная')

    await expectError(await api.add(supplyId, [a1, b1]), 409, 'FailedToAddSupplyOrder')
    expect(await api.orderIds(supplyId)).toEqual([])
    await expectError(await api.add(supplyId, [a1, 42]), 409, 'FailedToAddSupplyOrder')
    expect((await api.add(supplyId, [a1])).status).toBe(204)
    await expectError(await api.add(supplyId, [b1]), 409, 'FailedToAddSupplyOrder')

    const closed = (await wbJson<{ supplies: Supply[] }>(wb.url, wb.token, 'GET', '/api/v3/supplies?limit=1000&next=0')).supplies.find((supply) => supply.done)!
    const [delivered] = await api.orderIds(closed.id)
    await expectError(await api.add(supplyId, [delivered]), 409, 'FailedToAddSupplyOrder')
    await expectError(await api.add(closed.id, [a2]), 409, 'FailedToAddSupplyOrder')
  })

  it('moves an order between open supplies, refuses to deliver an empty or closed one, and keeps both lists in step', async () => {
    const wb = await sandbox()
    const api = desk(wb)
    const [warehouse] = await api.warehouses()
    const [order] = wb.addNewOrders(1, { warehouseId: warehouse!.id })
    const from = await api.create('Первая')
    const to = await api.create('Вторая')
    expect((await api.add(from, [order])).status).toBe(204)
    expect((await api.add(to, [order])).status).toBe(204)
    expect(await api.orderIds(from)).toEqual([])
    expect(await api.orderIds(to)).toEqual([order])

    await expectError(await api.deliver(from), 409, 'SupplyHasZeroOrders')
    expect((await api.deliver(to)).status).toBe(204)
    expect((await api.deliver(to)).status).toBe(409)
  })

  it('creates new orders over the admin endpoint too', async () => {
    const wb = await sandbox()
    const [warehouse] = await desk(wb).warehouses()
    const admin = (body: unknown) => fetch(`${wb.url}/__sandbox/orders/new`, { method: 'POST', body: JSON.stringify(body) })
    const created = (await (await admin({ count: 3, warehouseId: warehouse!.id })).json()) as { orders: number[] }
    expect(created.orders).toHaveLength(3)
    expect(await desk(wb).newOrderIds()).toEqual(expect.arrayContaining(created.orders))
    expect((await admin({ count: 0 })).status).toBe(400)
    expect((await admin({ count: 1, warehouseId: 1 })).status).toBe(400)
  })
})
