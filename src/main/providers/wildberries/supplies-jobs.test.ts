import { afterEach, describe, expect, it } from 'vitest'
import { wbClientFor } from './job-client'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

interface FbwListItem {
  supplyID: number | null
  preorderID: number
  statusID: number
  updatedDate: string | null
}

interface FbwDetails {
  warehouseName: string
  actualWarehouseName?: string
  acceptanceCost: number | null
  quantity: number
}

describe('FBS supplies sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('pages by limit 1000 and next until a short page', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 20, fbsOrderCount: 300 } })
    const client = await wbClientFor(bench.deps, new AbortController().signal)
    for (let i = 0; i < 1000; i++) await client.createSupply(`Поставка ${i}`)
    expect((await bench.sync(['fbs_supplies'])).get('fbs_supplies')?.status).toBe('succeeded')
    const pages = bench.requests.filter((r) => r.path === '/api/v3/supplies' && r.method === 'GET')
    expect(pages.map((p) => p.query.limit)).toEqual([1000, 1000])
    expect(pages[0]!.query.next).toBe(0)
    expect(pages[1]!.query.next).toBe((pages[0]!.outcome as { body: { next: number } }).body.next)
    const listed = pages.flatMap((p) => (p.outcome as { body: { supplies: Array<{ id: string }> } }).body.supplies)
    expect(listed.length).toBeGreaterThan(1000)
    expect(bench.count('wb_fbs_supplies')).toBe(listed.length)
    expect(bench.rows('SELECT name FROM wb_fbs_supplies WHERE name = ?', 'Поставка 999')).toHaveLength(1)
  })
})

describe('FBW supplies sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  it('lists supplies, reads details of each (acceptance cost in kopecks, warehouse, quantity) and keeps virtual ones apart', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 40 } })
    expect((await bench.sync(['fbw_supplies'])).get('fbw_supplies')?.status).toBe('succeeded')
    const [list] = bench.requests.filter((r) => r.path === '/api/v1/supplies')
    expect(list!.query).toEqual({ limit: 1000, offset: 0 })
    const supplies = (list!.outcome as { body: FbwListItem[] }).body
    expect(bench.count('wb_fbw_supplies')).toBe(supplies.length)
    const virtual = supplies.find((s) => s.preorderID === 0)
    expect(virtual).toBeDefined()
    expect(bench.rows('SELECT supply_id FROM wb_fbw_supplies WHERE supply_key = ? AND preorder_id IS NULL', `s${virtual!.supplyID!}`)).toEqual([{ supply_id: virtual!.supplyID }])

    const details = bench.requests.filter((r) => r.path.startsWith('/api/v1/supplies/'))
    expect(details).toHaveLength(supplies.length)
    const unplanned = supplies.find((s) => s.supplyID === null)!
    expect(details.find((d) => d.path === `/api/v1/supplies/${unplanned.preorderID}`)?.query).toEqual({ isPreorderID: true })
    for (const request of details) {
      const body = (request.outcome as { body: FbwDetails }).body
      const id = Number(request.path.split('/').at(-1))
      const [row] = bench.rows<{ acceptance_cost_kopecks: number | null; goods_quantity: number; warehouse_name: string }>(
        'SELECT acceptance_cost_kopecks, goods_quantity, warehouse_name FROM wb_fbw_supplies WHERE supply_id = ? OR (supply_id IS NULL AND preorder_id = ?)',
        id,
        id
      )
      expect(row).toEqual({
        acceptance_cost_kopecks: body.acceptanceCost === null ? null : Math.round(body.acceptanceCost * 100),
        goods_quantity: body.quantity,
        warehouse_name: body.actualWarehouseName || body.warehouseName
      })
    }
  })

  it('asks again only for details of supplies that changed', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 40 } })
    await bench.sync(['fbw_supplies'])
    const before = bench.rows('SELECT * FROM wb_fbw_supplies ORDER BY supply_key').map((r) => ({ ...(r as object), synced_at: null }))
    bench.mirror.sqlite.prepare("UPDATE wb_fbw_supplies SET updated_date = 'earlier' WHERE supply_key = (SELECT max(supply_key) FROM wb_fbw_supplies)").run()
    bench.requests.length = 0
    await bench.sync(['fbw_supplies'])
    expect(bench.requests.filter((r) => r.path.startsWith('/api/v1/supplies/'))).toHaveLength(1)
    expect(bench.rows('SELECT * FROM wb_fbw_supplies ORDER BY supply_key').map((r) => ({ ...(r as object), synced_at: null }))).toEqual(before)
  })
})
