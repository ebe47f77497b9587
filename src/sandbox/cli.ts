/**
 * Runs the sandboxes on their own:
 *   tsx src/sandbox/cli.ts [--port 0] [--cards 1250] [--seed 1] [--fbs-orders 600] [--orders 3000] [--sales 2500]
 *                          [--ozon-port 0] [--products 500] [--postings 1000] [--no-ozon]
 *                          [--rate-limit-scale 1] [--no-rate-limits] [--serialise]
 * Prints one JSON line, {"wildberries":{"url":"http://127.0.0.1:PORT","token":"..."},
 * "ozon":{"url":"http://127.0.0.1:PORT","clientId":"...","apiKey":"..."}}, then serves until SIGTERM or SIGINT.
 * `--seed`, `--rate-limit-scale` and `--no-rate-limits` apply to both; `--no-ozon` starts only Wildberries (and
 * prints no "ozon"). Written for CommonJS bundles too: no top-level await, no import.meta.
 */
import { parseArgs } from 'node:util'
import { startOzonSandbox } from './ozon'
import { startWbSandbox } from './wildberries'

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer, got "${text}"`)
  return value
}

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${text}"`)
  return value
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string' },
      cards: { type: 'string' },
      seed: { type: 'string' },
      'fbs-orders': { type: 'string' },
      orders: { type: 'string' },
      sales: { type: 'string' },
      'ozon-port': { type: 'string' },
      products: { type: 'string' },
      postings: { type: 'string' },
      'no-ozon': { type: 'boolean' },
      'rate-limit-scale': { type: 'string' },
      'no-rate-limits': { type: 'boolean' },
      serialise: { type: 'boolean' }
    },
    strict: true
  })
  const seed = integer('seed', values.seed, 1)
  const rateLimitScale = positiveNumber('rate-limit-scale', values['rate-limit-scale'], 1)
  const rateLimits = values['no-rate-limits'] !== true
  const ozonOptions = {
    port: integer('ozon-port', values['ozon-port'], 0),
    products: integer('products', values.products, 500),
    postings: integer('postings', values.postings, 1000)
  }
  const sandbox = await startWbSandbox({
    port: integer('port', values.port, 0),
    cardCount: integer('cards', values.cards, 1250),
    seed,
    fbsOrderCount: integer('fbs-orders', values['fbs-orders'], 600),
    orderCount: integer('orders', values.orders, 3000),
    saleCount: integer('sales', values.sales, 2500),
    rateLimitScale,
    rateLimits,
    serialiseAtStart: values.serialise === true
  })
  const ozon = values['no-ozon'] === true
    ? undefined
    : await startOzonSandbox({ ...ozonOptions, seed, rateLimitScale, rateLimits }).catch(async (error: unknown) => {
        await sandbox.close()
        throw error
      })
  const stop = () => {
    Promise.all([sandbox.close(), ozon?.close()]).then(() => process.exit(0), () => process.exit(1))
  }
  // Before the line is printed: whoever reads it may signal at once.
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  process.stdout.write(`${JSON.stringify({
    wildberries: { url: sandbox.url, token: sandbox.token },
    ...(ozon ? { ozon: { url: ozon.url, clientId: ozon.clientId, apiKey: ozon.apiKey } } : {})
  })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
})
