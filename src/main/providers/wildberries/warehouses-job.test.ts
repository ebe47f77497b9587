import { afterEach, describe, expect, it } from 'vitest'
import { startWbTestBench, type WbTestBench } from '../../../test-support/wb-test-bench'

describe('warehouses sync', () => {
  let bench: WbTestBench
  afterEach(async () => bench?.close())

  /** Warehouses by WB's kind; each neutral row has its WB details, and the kind names its role. */
  const kinds = () => {
    expect(
      bench.rows(
        `SELECT w.external_id, w.role, d.kind FROM warehouses w FULL JOIN wb_warehouse_details d USING (account_id, external_id)
         WHERE d.kind IS NULL OR w.role IS NULL
           OR w.role <> CASE d.kind WHEN 'seller' THEN 'seller' WHEN 'office' THEN 'pickup' WHEN 'wb' THEN 'marketplace' END
           OR w.external_id <> d.kind || ':' || d.warehouse_id OR w.marketplace <> 'wildberries'`
      )
    ).toEqual([])
    return Object.fromEntries(
      bench.rows<{ kind: string; n: number }>('SELECT kind, count(*) AS n FROM wb_warehouse_details GROUP BY kind').map((r) => [r.kind, r.n])
    )
  }

  it('mirrors the seller’s warehouses, WB’s offices and WB’s own warehouses', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 10 } })
    expect((await bench.sync(['warehouses'])).get('warehouses')?.status).toBe('succeeded')
    const sellers = bench.requests.find((r) => r.path === '/api/v3/warehouses')?.outcome as {
      body: Array<{ id: number; name: string; officeId: number }>
    }
    expect(kinds()).toMatchObject({ seller: sellers.body.length })
    expect(kinds().office).toBeGreaterThan(0)
    expect(kinds().wb).toBeGreaterThan(0)
    const seller = bench.rows(
      `SELECT w.external_id, w.role, w.name, d.warehouse_id, d.office_id, w.is_active
       FROM warehouses w JOIN wb_warehouse_details d USING (account_id, external_id)
       WHERE d.kind = 'seller' ORDER BY d.warehouse_id`
    )
    expect(seller).toEqual(
      sellers.body
        .map((w) => ({ external_id: `seller:${w.id}`, role: 'seller', name: w.name, warehouse_id: w.id, office_id: w.officeId, is_active: 1 }))
        .sort((a, b) => a.warehouse_id - b.warehouse_id)
    )
    const offices = bench.requests.find((r) => r.path === '/api/v3/offices')?.outcome as {
      body: Array<{ id: number; name: string; city?: string; address?: string }>
    }
    expect(offices.body.length).toBe(kinds().office)
    const office = offices.body[0]!
    expect(
      bench.rows("SELECT role, name, city, address FROM warehouses WHERE external_id = ?", `office:${office.id}`)
    ).toEqual([{ role: 'pickup', name: office.name, city: office.city ?? '', address: office.address ?? '' }])
  })

  it('removes warehouses WB no longer lists, of every kind, and nothing else', async () => {
    bench = await startWbTestBench({ sandbox: { cardCount: 10 } })
    await bench.sync(['warehouses'])
    const current = kinds()
    const before = bench.rows('SELECT * FROM warehouses ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))
    const insert = bench.mirror.sqlite.prepare(
      "INSERT INTO warehouses (account_id, external_id, marketplace, role, name, synced_at) VALUES (?, ?, 'wildberries', ?, 'Закрытый склад', '2020-01-01T00:00:00.000Z')"
    )
    const insertDetails = bench.mirror.sqlite.prepare(
      'INSERT INTO wb_warehouse_details (account_id, external_id, kind, warehouse_id) VALUES (?, ?, ?, 999999)'
    )
    const roles = { seller: 'seller', office: 'pickup', wb: 'marketplace' }
    for (const [kind, role] of Object.entries(roles)) {
      insert.run(bench.account.id, `${kind}:999999`, role)
      insertDetails.run(bench.account.id, `${kind}:999999`, kind)
    }
    expect(Object.keys(current).sort()).toEqual(['office', 'seller', 'wb'])
    expect(kinds()).toEqual(Object.fromEntries(Object.entries(current).map(([kind, n]) => [kind, n + 1])))
    await bench.sync(['warehouses'])
    expect(kinds()).toEqual(current)
    expect(bench.rows('SELECT * FROM warehouses ORDER BY external_id').map((r) => ({ ...(r as object), synced_at: null }))).toEqual(before)
  })

  it('skips WB’s warehouses for a token without the supplies category', async () => {
    bench = await startWbTestBench({
      sandbox: { cardCount: 10 },
      token: (sandbox) => sandbox.mintToken({ categories: ['content', 'marketplace'] })
    })
    expect((await bench.sync(['warehouses'])).get('warehouses')?.status).toBe('succeeded')
    expect(kinds().wb).toBeUndefined()
    expect(bench.requests.some((r) => r.path === '/api/v1/warehouses')).toBe(false)
  })

  it('fails for a token without the marketplace category before asking WB', async () => {
    bench = await startWbTestBench({
      sandbox: { cardCount: 10 },
      token: (sandbox) => sandbox.mintToken({ categories: ['content', 'supplies'] })
    })
    const run = (await bench.sync(['warehouses'])).get('warehouses')
    expect(run).toMatchObject({ status: 'failed', error: { code: 'access_denied', params: { category: 'marketplace' } } })
    expect(bench.requests).toHaveLength(0)
  })
})
