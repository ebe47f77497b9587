import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { listCards, wbJson } from './wildberries/test-helpers'

describe('sandbox CLI', () => {
  it('prints one JSON line with the URL and token, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0', '--cards', '30', '--no-rate-limits', '--seed', '3'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
      const printed = JSON.parse(line) as { wildberries: { url: string; token: string } }
      expect(printed.wildberries.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

      const pages = []
      for (let i = 0; i < 8; i++) pages.push(await listCards(printed.wildberries.url, printed.wildberries.token, { cursor: { limit: 30 } }))
      expect(pages.map((page) => page.cursor.total)).toEqual(Array<number>(8).fill(30))
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(0)
  })

  it('sizes the world by --orders, --sales and --fbs-orders', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--cards', '30', '--orders', '40', '--sales', '10',
      '--fbs-orders', '5', '--rate-limit-scale', '0.01'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
      const { url, token } = (JSON.parse(line) as { wildberries: { url: string; token: string } }).wildberries
      const feed = async (path: string) => (await wbJson<unknown[]>(url, token, 'GET', path)).length
      expect(await feed('/api/v1/supplier/orders?dateFrom=2020-01-01')).toBe(40)
      expect(await feed('/api/v1/supplier/sales?dateFrom=2020-01-01')).toBe(10)
      const nowS = Math.floor(Date.now() / 1000)
      const { orders } = await wbJson<{ orders: unknown[] }>(url, token, 'GET', `/api/v3/orders?limit=100&next=0&dateFrom=${nowS - 29 * 86_400}&dateTo=${nowS}`)
      expect(orders.length).toBeLessThanOrEqual(5)
    } finally {
      child.kill('SIGTERM')
    }
    await once(child, 'exit')
  })

  it('prints the Ozon sandbox beside Wildberries, sized by --products and --postings, or leaves it out with --no-ozon', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--cards', '10', '--products', '25', '--postings', '10', '--seed', '4'],
      { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
      const { ozon } = JSON.parse(line) as { ozon: { url: string; clientId: string; apiKey: string } }
      expect(ozon.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const answer = await fetch(`${ozon.url}/v3/product/list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Client-Id': ozon.clientId, 'Api-Key': ozon.apiKey },
        body: JSON.stringify({ filter: { visibility: 'ALL' }, limit: 1000 })
      })
      const { result } = (await answer.json()) as { result: { items: unknown[] } }
      expect(result.items.length).toBeGreaterThan(0)
      expect(result.items.length).toBeLessThanOrEqual(25)
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(0)

    const alone = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--cards', '10', '--no-ozon'], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const [line] = (await once(createInterface({ input: alone.stdout }), 'line')) as [string]
      expect(Object.keys(JSON.parse(line) as object)).toEqual(['wildberries'])
    } finally {
      alone.kill('SIGTERM')
    }
    await once(alone, 'exit')
  })

  it('refuses unknown options and bad numbers', async () => {
    for (const args of [['--cards', 'many'], ['--verbose'], ['--orders', '-5'], ['--rate-limit-scale', '0'], ['--products', 'lots'], ['--postings', '-1']]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      const [code] = (await once(child, 'exit')) as [number | null]
      expect(code, args.join(' ')).toBe(2)
    }
  })
})
